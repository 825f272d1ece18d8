// Build step (`npm run build`): compiles schemas/modules.schema.json into ajv's standalone
// validator code next to the compiled config code, with the ajv options gatehouse validates
// with, and records the schema's SHA-256 so a stale validator is never used (see
// src/config/compiled-schema.ts). CommonJS, because ajv's standalone code requires its runtime
// helpers (ajv-validator/ajv#2209).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createAjv } from '../src/config/ajv.js';
import { COMPILED_SCHEMA_FILE, schemaSha256 } from '../src/config/load-compiled-schema.js';
import { SCHEMAS_DIR } from '../src/util/paths.js';

const require = createRequire(import.meta.url);
const standaloneCode = (require('ajv/dist/standalone/index.js') as typeof import('ajv/dist/standalone/index.js')).default;

const text = readFileSync(`${SCHEMAS_DIR}modules.schema.json`, 'utf8');
const ajv = createAjv({ code: { source: true } });
const code = standaloneCode(ajv, ajv.compile(JSON.parse(text) as object));
writeFileSync(COMPILED_SCHEMA_FILE, `${code}\nmodule.exports.schemaSha256 = ${JSON.stringify(schemaSha256(text))};\n`);
