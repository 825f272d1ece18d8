// Flag values shared by commands: which modules.yaml --config names (with the lookup every
// command uses), one of a list, a sha. The flags are declared in declare/flags.ts.
import { relative, resolve } from 'node:path';
import type { ConfigSource } from '../app/load-project.js';
import { findFileUpwards } from '../config/load.js';
import type { CliIo } from './io.js';
import { UsageError } from './io.js';
import { CliFailure, commandLineProblem } from './failure.js';
import { SHA_PATTERN } from '../version/scheme.js';

const CONFIG_FILE_NAME = 'modules.yaml';

/**
 * Which modules.yaml a command reads, in this order: `--config FILE` (named in diagnostics as
 * typed); `$GATEHOUSE_CONFIG` (for pipelines whose working directory holds no modules.yaml);
 * the nearest modules.yaml in the working directory or a parent (named relative to it).
 * Throws GH006 for `--config ""` and GH002 when there is nothing to read (both exit 2).
 */
export async function resolveConfig(io: CliIo, flag: string | undefined): Promise<ConfigSource> {
  if (flag === '') throw new CliFailure([commandLineProblem('--config needs a file name, not an empty string', `e.g. --config ${CONFIG_FILE_NAME}`)]);
  if (flag !== undefined) return { path: resolve(io.cwd, flag), displayName: flag };
  const fromEnv = io.env?.['GATEHOUSE_CONFIG'];
  if (fromEnv !== undefined && fromEnv !== '') return { path: resolve(io.cwd, fromEnv), displayName: fromEnv };
  const found = await findFileUpwards(io.cwd, CONFIG_FILE_NAME);
  if (found === undefined) {
    const message = `no ${CONFIG_FILE_NAME} in ${io.cwd} or any directory above it`;
    const hint = `run gatehouse in the repository that holds ${CONFIG_FILE_NAME}, or name it with --config FILE or GATEHOUSE_CONFIG`;
    throw new CliFailure([{ code: 'GH002', severity: 'error', message, file: '', path: '', hint }]);
  }
  return { path: found, displayName: relative(io.cwd, found) };
}

export function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
}

/** Git prints lower-case shas; upper case is accepted and normalised so ids stay comparable. */
export function parseSha(text: string): string {
  const sha = text.toLowerCase();
  if (!SHA_PATTERN.test(sha)) throw new UsageError(`--sha must be 7 to 40 hex digits (got "${text}")`);
  return sha;
}
