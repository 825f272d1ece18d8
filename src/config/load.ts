// The input edge: reads modules.yaml from disk (gatehouse's own schemas: load-schema.ts). Everything
// after this is pure.
import { constants } from 'node:fs';
import type { Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Code } from '../diagnostics/codes.js';
import { severityOf } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { decodeUtf8 } from './decode.js';

export interface SourceFile {
  /** The path as the user gave it; diagnostics print it as-is. */
  name: string;
  text: string;
}

/**
 * Reads `path` as UTF-8; `name` is what diagnostics call the file (defaults to the path). Opened
 * without blocking and checked to be a regular file before reading, so a FIFO, a socket or a
 * device given as the config fails at once instead of waiting forever for a writer.
 */
export async function loadSourceFile(path: string, name: string = path): Promise<SourceFile | Diagnostic> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const kind = fileKind(await handle.stat());
    if (kind !== undefined) return fileProblem('GH003', name, `cannot read ${name}: it is ${kind}, not a regular file`);
    const decoded = decodeUtf8(await handle.readFile(), name);
    return 'text' in decoded ? { name, text: decoded.text } : decoded;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return fileProblem('GH003', name, `cannot read ${name}: it is a directory, not a regular file`);
    const reason = code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : String(error);
    return fileProblem('GH001', name, `cannot read ${name}: ${reason}`);
  } finally {
    await handle?.close();
  }
}

function fileKind(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  return 'a device';
}

function fileProblem(code: Code, file: string, message: string): Diagnostic {
  return { code, severity: severityOf(code), message, file, path: '' };
}

/**
 * The nearest `name` in `start` or one of its parents, up to the filesystem root, the way git
 * finds .git and eslint its config: a directory of that name is passed over, anything else is
 * the answer (if it is not a regular file, loadSourceFile says so).
 */
export async function findFileUpwards(start: string, name: string): Promise<string | undefined> {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const candidate = join(dir, name);
    const stats = await stat(candidate).catch(() => undefined);
    if (stats !== undefined && !stats.isDirectory()) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}
