// The validator of modules.schema.json that `npm run build` compiles ahead of time
// (scripts/compile-schema.ts, ajv's standalone code). Compiling the schema at run time cost a
// third of a second on every command. It is used only when it was compiled from the schema file
// as it is now (the file records the schema's SHA-256); otherwise the schema is compiled at run
// time, as before, so an edited schema can never be checked by a stale validator.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv/dist/2020.js';

export const COMPILED_SCHEMA_FILE = fileURLToPath(new URL('modules-schema-validator.cjs', import.meta.url));

const require = createRequire(import.meta.url);

export function schemaSha256(schemaText: string): string {
  return createHash('sha256').update(schemaText).digest('hex');
}

export function loadCompiledValidator(schemaText: string): ValidateFunction | undefined {
  let compiled: ValidateFunction & { schemaSha256?: unknown };
  try {
    compiled = require(COMPILED_SCHEMA_FILE) as typeof compiled;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return undefined;
    throw error;
  }
  return compiled.schemaSha256 === schemaSha256(schemaText) ? compiled : undefined;
}
