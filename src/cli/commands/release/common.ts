// What the release subcommands share: flag parsing (module lists, dates, the hidden --now that
// replays a decision at another instant) and reporting a failure the same way everywhere.
import { Option } from 'commander';
import { resolve } from 'node:path';
import type { FileSource, Failure } from '../../../app/release-files.js';
import { writeOutputFile } from '../../../output/write-file.js';
import { isCalendarDate } from '../../../util/calendar.js';
import { formatDiagnostics } from '../../format-diagnostics.js';
import type { CliIo } from '../../io.js';
import { EXIT_PROBLEMS, UsageError } from '../../io.js';

/** `--now`, hidden: the instant the command acts at (tests and replays); default the clock. */
export function nowOption(): Option {
  return new Option('--now <instant>', 'act as if it were this ISO 8601 instant').hideHelp();
}

/** Module names separated by commas and/or whitespace, as a Jenkins string parameter holds them. */
export function parseModuleList(flag: string, value: string): string[] {
  const names = [...new Set(value.split(/[\s,]+/).filter((name) => name !== ''))];
  if (names.length === 0) throw new UsageError(`${flag} names no module (got "${value}")`);
  return names;
}

export function parseDate(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isCalendarDate(value)) throw new UsageError(`${flag} must be a date YYYY-MM-DD that exists (got "${value}")`);
  return value;
}

export function parseNow(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const instant = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(instant.getTime())) throw new UsageError(`--now must be an ISO 8601 instant such as 2026-08-24T10:30:00Z (got "${value}")`);
  return instant;
}

/** A file argument: read relative to the working directory, named as typed. */
export function fileSource(io: CliIo, path: string): FileSource {
  return { path: resolve(io.cwd, path), displayName: path };
}

/** Prints why the command could not answer; the command exits 1. */
export function reportFailure(io: CliIo, failure: Failure): number {
  if ('problems' in failure) io.err(failure.problems.map((p) => `gatehouse: ${p}\n`).join(''));
  else io.err(formatDiagnostics(failure.diagnostics, failure.text, io.color, failure.textFile));
  return EXIT_PROBLEMS;
}

export function reportWarnings(io: CliIo, warnings: readonly string[]): void {
  io.err(warnings.map((w) => `gatehouse: warning: ${w}\n`).join(''));
}

/** The JSON document as the release files are written: two-space indent, final newline. */
export function jsonDocument(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** Writes `--out FILE` when given; a disk failure exits 2 like `generate`'s. */
export async function writeOut(io: CliIo, out: string | undefined, content: string): Promise<void> {
  if (out === undefined) return;
  try {
    await writeOutputFile(resolve(io.cwd, out), content);
  } catch (error) {
    throw new UsageError(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
