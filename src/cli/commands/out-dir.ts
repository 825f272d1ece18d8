// What generate and check share: the --out flag, its display name, the fix command, disk errors.
import { isAbsolute, relative, resolve } from 'node:path';
import { OutputIoError } from '../../output/io-error.js';
import { shellWord } from '../../render/escape.js';
import type { CliIo } from '../io.js';
import { CliFailure } from '../failure.js';

export function outDirOption(io: CliIo, out: string | undefined): { outDir?: string } {
  return out === undefined ? {} : { outDir: resolve(io.cwd, out) };
}

/** The output directory as the user reads it: relative when it is under where they ran the command. */
export function outDisplayName(io: CliIo, outDir: string): string {
  const path = relative(io.cwd, outDir);
  if (path === '') return '.';
  return path === '..' || path.startsWith('../') || isAbsolute(path) ? outDir : path;
}

/** `npx gatehouse generate` with the same --config/--out as typed, plus --force when needed. */
export function fixCommand(config: string | undefined, out: string | undefined, force: boolean): string {
  const args = ['npx', 'gatehouse', 'generate'];
  if (config !== undefined) args.push('--config', readableShellWord(config));
  if (out !== undefined) args.push('--out', readableShellWord(out));
  if (force) args.push('--force');
  return args.join(' ');
}

/** Quoted only when it has to be, because a person copies this command from the terminal. */
function readableShellWord(value: string): string {
  return /^[A-Za-z0-9_./=:@%+-]+$/.test(value) ? value : shellWord(value);
}

/** Runs the use case; a disk failure becomes GH008 (exit 2), anything else stays a bug. */
export async function failingOnDiskErrors<T>(work: Promise<T>, outName: string, config: string): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (!(error instanceof OutputIoError)) throw error;
    throw new CliFailure([{ code: 'GH008', severity: 'error', message: error.message, file: outName, path: '' }], { config });
  }
}
