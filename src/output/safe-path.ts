// Which paths the writer may touch: only inside the output directory, never through a symlink,
// never when the output directory is itself a symlink, the filesystem root or the user's home.
import { lstat, realpath } from 'node:fs/promises';
import { homedir } from 'node:os';
import { parse, resolve, sep } from 'node:path';

/** Why a relative output path is unsafe, or undefined when it is a plain path inside the output dir. */
export function unsafePathReason(path: string): string | undefined {
  if (path === '') return 'the path is empty';
  if (path.includes('\0')) return 'the path contains a NUL character';
  if (path.includes('\\')) return 'the path contains a backslash (output paths are POSIX)';
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'the path is absolute';
  // Segment by segment without splitting: every emitted path and every manifest entry comes here.
  if (DOT_DOT_SEGMENT.test(path)) return 'the path escapes the output directory (`..`)';
  if (EMPTY_OR_DOT_SEGMENT.test(path)) return 'the path has an empty or `.` segment';
  return undefined;
}

/** A segment that is `..`; and one that is empty or `.`. */
const DOT_DOT_SEGMENT = /(?:^|\/)\.\.(?:\/|$)/;
const EMPTY_OR_DOT_SEGMENT = /(?:^|\/)\.?(?:\/|$)/;

/** Why the writer must not use `outDir` at all, or undefined when it may; `protectedDirs` default: the home dir. */
export async function unsafeOutDirReason(outDir: string, protectedDirs: readonly string[] = [homedir()]): Promise<string | undefined> {
  const absolute = resolve(outDir);
  if (absolute === parse(absolute).root) return 'it is the filesystem root';
  let stat;
  try {
    stat = await lstatOrUndefined(absolute);
  } catch (error) {
    return `it cannot be used (${(error as NodeJS.ErrnoException).code ?? String(error)}); is a parent of it a file?`;
  }
  if (stat === undefined) return undefined;
  if (stat.isSymbolicLink()) return 'it is a symbolic link; pass the real directory with --out';
  if (!stat.isDirectory()) return 'it exists and is not a directory';
  const real = await realpath(absolute);
  for (const dir of protectedDirs) {
    const protectedReal = await realpath(dir).catch(() => resolve(dir));
    if (real === protectedReal) return `it is ${dir}; choose a dedicated directory such as ./generated`;
    if (protectedReal.startsWith(real + sep)) return `it contains ${dir}; choose a dedicated directory such as ./generated`;
  }
  return undefined;
}

async function lstatOrUndefined(path: string) {
  try {
    return await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
