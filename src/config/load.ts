// The input edge: reads modules.yaml and the schema from disk. Everything after this is pure.
import { readFile } from 'node:fs/promises';
import type { Code } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { InternalError } from '../diagnostics/diagnostic.js';
import { SCHEMAS_DIR } from '../util/paths.js';
import { loadCompiledValidator } from './compiled-schema.js';
import { registerCompiledSchema } from './schema-check.js';

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

let schema: Promise<object> | undefined;

/** schemas/modules.schema.json, the single source of truth for the shape of modules.yaml (read once per process). */
export function loadModulesSchema(): Promise<object> {
  schema ??= readModulesSchema();
  return schema;
}

async function readModulesSchema(): Promise<object> {
  const path = `${SCHEMAS_DIR}modules.schema.json`;
  let schema: object;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
    schema = JSON.parse(text) as object;
  } catch (error) {
    // gatehouse's own file: unreadable means a broken installation, not bad input.
    throw new InternalError(`cannot read the schema ${path}: ${String(error)}`);
  }
  const compiled = loadCompiledValidator(text);
  if (compiled !== undefined) registerCompiledSchema(schema, compiled);
  return schema;
}
