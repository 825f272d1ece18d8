// The input edge: reads modules.yaml from disk. Everything after this is pure.
import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

export interface SourceFile {
  /** The path as the user gave it; diagnostics print it as-is. */
  name: string;
  text: string;
}

export async function loadSourceFile(path: string): Promise<SourceFile | Diagnostic> {
  try {
    return { name: path, text: await readFile(path, 'utf8') };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error);
    return {
      code: 'GH001',
      severity: 'error',
      message: `cannot read ${path}: ${reason}`,
      file: path,
      line: 0,
      column: 0,
      path: '',
    };
  }
}
