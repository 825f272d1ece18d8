// The input edge: reads modules.yaml and the schema from disk. Everything after this is pure.
import { readFile } from 'node:fs/promises';
import type { Code } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { InternalError } from '../diagnostics/diagnostic.js';
import { SCHEMAS_DIR } from '../util/paths.js';

export interface SourceFile {
  /** The path as the user gave it; diagnostics print it as-is. */
  name: string;
  text: string;
}

/** Reads `path`; `name` is what diagnostics call the file (defaults to the path). */
export async function loadSourceFile(path: string, name: string = path): Promise<SourceFile | Diagnostic> {
  try {
    return { name, text: await readFile(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'it is a directory' : String(error);
    const unreadable: Code = 'GH001';
    return { code: unreadable, severity: 'error', message: `cannot read ${name}: ${reason}`, file: name, line: 0, column: 0, path: '' };
  }
}

const schemas = new Map<string, Promise<object>>();

/** schemas/modules.schema.json, the single source of truth for the shape of modules.yaml (read once per process). */
export function loadModulesSchema(): Promise<object> {
  return loadSchema('modules.schema.json');
}

/** One of gatehouse's own schemas under schemas/, read once per process. */
export function loadSchema(fileName: string): Promise<object> {
  let schema = schemas.get(fileName);
  if (!schema) {
    schema = readSchema(`${SCHEMAS_DIR}${fileName}`);
    schemas.set(fileName, schema);
  }
  return schema;
}

async function readSchema(path: string): Promise<object> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as object;
  } catch (error) {
    // gatehouse's own file: unreadable means a broken installation, not bad input.
    throw new InternalError(`cannot read the schema ${path}: ${String(error)}`);
  }
}
