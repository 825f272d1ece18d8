// The other input edge: gatehouse's own schemas under schemas/, read from disk once per process.
// Apart from load.ts, whose modules.yaml reading an unchanged run needs without the validator.
import { readFile } from 'node:fs/promises';
import { InternalError } from '../diagnostics/diagnostic.js';
import { SCHEMAS_DIR } from '../util/paths.js';
import { loadCompiledValidator } from './load-compiled-schema.js';
import { registerCompiledSchema } from './schema-check.js';

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
