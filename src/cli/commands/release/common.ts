// What the release subcommands share: flag parsing (module lists, dates, the hidden --now that
// replays a decision at another instant) and reporting a failure the same way everywhere.
import { resolve } from 'node:path';
import type { ConfigSource } from '../../../app/load-project.js';
import type { FileSource, Outcome } from '../../../app/release-files.js';
import { isFailure } from '../../../app/release-files.js';
import { writeOutputFile } from '../../../output/write-file.js';
import { isCalendarDate } from '../../../util/calendar.js';
import { printableBlock } from '../../../util/printable.js';
import { CliFailure } from '../../failure.js';
import type { CliIo } from '../../io.js';
import { UsageError } from '../../io.js';

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

/** The answer, or a CliFailure main reports as the command line asked (text or the JSON failure document). */
export function answerOf<T>(outcome: Outcome<T>, config?: ConfigSource): { value: T; warnings: string[] } {
  if (!isFailure(outcome)) return outcome;
  throw new CliFailure(outcome.diagnostics, { config: config?.displayName, text: outcome.text, textFile: outcome.textFile });
}

/** Warnings on stderr; in JSON mode stdout carries one document and stderr stays quiet. */
export function reportWarnings(io: CliIo, warnings: readonly string[], format: string): void {
  if (format !== 'json') io.err(printableBlock(warnings.map((w) => `gatehouse: warning: ${w}\n`).join('')));
}

/** The JSON of a release file as written to disk: two-space indent, final newline. */
export function jsonDocument(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** Writes `--out FILE` when given; a disk failure is GH008 (exit 2), like `generate`'s. */
export async function writeOut(io: CliIo, out: string | undefined, content: string): Promise<void> {
  if (out === undefined) return;
  try {
    await writeOutputFile(resolve(io.cwd, out), content);
  } catch (error) {
    const message = `cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
    throw new CliFailure([{ code: 'GH008', severity: 'error', message, file: out, path: '' }]);
  }
}
