// The one ajv configuration: for the validator of modules.yaml compiled at build time
// (scripts/compile-schema.ts) and for any schema compiled at run time (a test's own schema, or a
// checkout whose build is older than its schema). ajv is loaded on first use, with require: a
// command that has the precompiled validator never pays the tenth of a second ajv takes to load,
// nor the few hundred milliseconds compiling modules.schema.json takes.
import type { Ajv2020, Options } from 'ajv/dist/2020.js';
import { loadOnFirstUse } from '../util/load-on-first-use.js';

const ajvPackage = loadOnFirstUse<typeof import('ajv/dist/2020.js')>('ajv/dist/2020.js');
const formatsPackage = loadOnFirstUse<typeof import('ajv-formats')>('ajv-formats');

/**
 * verbose: the messages need the failing schema (its known keys, examples and description).
 * allowUnionTypes: the release files have nullable values (`"type": ["string", "null"]`).
 */
const AJV_OPTIONS: Options = { allErrors: true, verbose: true, strict: true, allowUnionTypes: true };

/** Keywords for editors only (yaml-language-server's message for a failed pattern). */
const EDITOR_KEYWORDS = ['patternErrorMessage'];

export function createAjv(extra: Options = {}): Ajv2020 {
  const instance = new (ajvPackage().Ajv2020)({ ...AJV_OPTIONS, ...extra });
  formatsPackage().default(instance);
  instance.addVocabulary(EDITOR_KEYWORDS);
  return instance;
}
