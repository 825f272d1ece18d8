// Validates plain data against schemas/modules.schema.json and turns ajv's errors into findings:
// one per problem, at the key (unknown or missing key) or the value (wrong value).
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Finding } from './finding.js';
import { dedupeFindings } from './schema-dedupe.js';
import { explainSchemaError } from './schema-messages.js';

const compiled = new WeakMap<object, ValidateFunction>();

function compile(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (validate === undefined) {
    // verbose: the messages need the failing schema (its known keys, examples and description).
    // allowUnionTypes: the release files have nullable values (`"type": ["string", "null"]`).
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
    addFormats.default(ajv);
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

export function checkSchema(schema: object, data: unknown): Finding[] {
  const validate = compile(schema);
  if (validate(data)) return [];
  const errors = dropCascades(validate.errors ?? []);
  return dedupeFindings(errors.flatMap((error) => explainSchemaError(error)));
}

/**
 * ajv reports a failed `anyOf`/`oneOf` once for the combinator and again for every branch, and a
 * failed `if`/`then` twice; a failed `propertyNames` once for the name and once for the rule.
 * Keep the error that speaks for the problem.
 */
function dropCascades(errors: readonly ErrorObject[]): ErrorObject[] {
  const combinators = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.schemaPath + '/');
  return errors.filter((error) => {
    if (error.keyword === 'if') return false;
    if (error.schemaPath.includes('/propertyNames/')) return false;
    return !combinators.some((prefix) => error.schemaPath.startsWith(prefix));
  });
}
