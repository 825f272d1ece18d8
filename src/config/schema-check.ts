// Validates plain data against schemas/modules.schema.json and turns ajv's errors into findings:
// one per problem, at the key (unknown or missing key) or the value (wrong value). An error at a
// keyword that restates a semantic rule is explained by that rule (rules/value-forms.ts).
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { createAjv } from './ajv.js';
import type { Finding } from './finding.js';
import { fromPointer } from './finding.js';
import { ruleForSchemaError } from './rules/value-forms.js';
import { dedupeFindings } from './schema-dedupe.js';
import { explainSchemaError } from './schema-messages.js';

const compiled = new WeakMap<object, ValidateFunction>();

/** A validator compiled ahead of time for exactly this schema object (see config/load-schema.ts). */
export function registerCompiledSchema(schema: object, validate: ValidateFunction): void {
  compiled.set(schema, validate);
}

function compile(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (validate === undefined) {
    validate = createAjv().compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

export interface SchemaReport {
  findings: Finding[];
  /**
   * Every problem is a rule's value form (a bad name, version, ...): the data still has the
   * schema's shape, so the semantic rules can run on it and report everything else at once.
   */
  shapeValid: boolean;
}

export function checkSchemaReport(schema: object, data: unknown): SchemaReport {
  const validate = compile(schema);
  if (validate(data)) return { findings: [], shapeValid: true };
  let shapeValid = true;
  const findings = dropCascades(validate.errors ?? []).flatMap((error) => {
    const byRule = explainByRule(error, data);
    if (byRule !== undefined) return byRule;
    shapeValid = false;
    return explainSchemaError(error);
  });
  return { findings: dedupeFindings(findings), shapeValid };
}

export function checkSchema(schema: object, data: unknown): Finding[] {
  return checkSchemaReport(schema, data).findings;
}

/** The owning rule's finding (none when another error speaks for the value), or undefined. */
function explainByRule(error: ErrorObject, root: unknown): Finding[] | undefined {
  const path = fromPointer(error.instancePath);
  const explain = ruleForSchemaError(error.keyword, path);
  const value: unknown = error.keyword === 'propertyNames' ? error.params['propertyName'] : error.data;
  if (explain === undefined || typeof value !== 'string') return undefined;
  const finding = explain({ path, value, root });
  if (finding === null) return [];
  // The rule disagrees with its schema form: show the schema's words rather than nothing.
  return finding === undefined ? explainSchemaError(error) : [finding];
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
