// One ajv error -> one finding with a message a user can act on and, where a name is close to
// a known one, a "did you mean" hint.
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Code } from '../diagnostics/codes.js';
import type { Finding, PathSegment } from './finding.js';
import { fromPointer } from './finding.js';
import { describePath, describeValue, inPath, typeName } from './describe.js';
import { didYouMean } from '../util/suggest.js';
import { versionProblem } from './rules/versions.js';

type Explain = (error: ErrorObject, path: PathSegment[]) => Omit<Finding, 'path'> & { path?: PathSegment[] };

const EXPLAIN: Record<string, Explain> = {
  additionalProperties: (error, path) => {
    const key = String(error.params['additionalProperty']);
    const known = Object.keys((error.parentSchema?.['properties'] as object | undefined) ?? {});
    return {
      code: 'GH200',
      message: `unknown key "${key}" ${inPath(path)}`,
      path: [...path, key],
      target: 'key',
      hint: key === '<<' ? 'YAML merge keys (<<) are not supported; write the keys out' : didYouMean(key, known) ?? (known.length > 0 ? `known keys here: ${known.join(', ')}` : undefined),
    };
  },
  required: (error, path) => ({
    code: 'GH201',
    message: `${describePath(path)} is missing the required key "${String(error.params['missingProperty'])}"`,
    target: 'key',
  }),
  type: (error, path) => ({
    code: 'GH202',
    message: `${describePath(path)} must be ${article(String(error.params['type']))}, not ${article(typeName(error.data))}`,
    target: 'value',
    hint: typeHint(error, path),
  }),
  enum: (error, path) => enumFinding(error, path, (error.params['allowedValues'] as unknown[]).map(String)),
  const: (error, path) => enumFinding(error, path, [String(error.params['allowedValue'])]),
  pattern: (error, path) => malformed(error, path),
  format: (error, path) => malformed(error, path),
  propertyNames: (error, path) => {
    const name = String(error.params['propertyName']);
    return {
      code: 'GH204',
      message: `"${name}" is not a valid name ${inPath(path)}`,
      path: [...path, name],
      target: 'key',
      hint: namePatternHint(error.schema),
    };
  },
  uniqueItems: (error, path) => ({
    code: 'GH207',
    message: `${describePath(path)} lists ${describeValue((error.data as unknown[])[Number(error.params['i'])])} twice`,
    path: [...path, Math.max(Number(error.params['i']), Number(error.params['j']))],
    target: 'value',
    hint: 'remove the repeated item',
  }),
};

for (const keyword of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']) {
  EXPLAIN[keyword] = (error, path) => ({
    code: 'GH205',
    message: `${describePath(path)} is ${describeValue(error.data)}, must be ${String(error.params['comparison'])} ${String(error.params['limit'])}`,
    target: 'value',
  });
}
for (const keyword of ['minLength', 'minItems', 'minProperties', 'maxLength', 'maxItems', 'maxProperties']) {
  EXPLAIN[keyword] = (error, path) => ({
    code: 'GH206',
    message: `${describePath(path)} ${sizeMessage(keyword, Number(error.params['limit']))}`,
    target: 'value',
    hint: keyword === 'minLength' && Number(error.params['limit']) > 1 ? 'give a real reason: what is missing and why that is acceptable' : undefined,
  });
}

export function explainSchemaError(error: ErrorObject): Finding[] {
  const path = fromPointer(error.instancePath);
  const explain = EXPLAIN[error.keyword] ?? otherViolation;
  const { hint, ...finding } = explain(error, path);
  return [{ path, ...finding, ...(hint === undefined ? {} : { hint }) }];
}

const otherViolation: Explain = (error, path) => ({
  code: 'GH299',
  message: `${describePath(path)} ${error.message ?? `breaks the schema rule "${error.keyword}"`}`,
  target: 'value',
});

function enumFinding(error: ErrorObject, path: PathSegment[], allowed: string[]): ReturnType<Explain> {
  const code: Code = 'GH203';
  return {
    code,
    message: `${describeValue(error.data)} is not allowed ${inPath(path)}; allowed: ${allowed.join(', ')}`,
    target: 'value',
    hint: typeof error.data === 'string' ? didYouMean(error.data, allowed) : undefined,
  };
}

function malformed(error: ErrorObject, path: PathSegment[]): ReturnType<Explain> {
  const description = schemaText(error.parentSchema, 'description');
  const examples = error.parentSchema?.['examples'] as unknown[] | undefined;
  const example = examples?.[0] === undefined ? undefined : `for example ${describeValue(examples[0])}`;
  return {
    code: 'GH204',
    message: `${describePath(path)} is ${describeValue(error.data)}, which is not ${description === undefined ? 'well-formed' : `valid: ${lowerFirst(description)}`}`,
    target: 'value',
    hint: example,
  };
}

function typeHint(error: ErrorObject, path: PathSegment[]): string | undefined {
  const expected = String(error.params['type']);
  const actual = error.data;
  if (actual === null) return 'the key has no value; give one or remove the key';
  if (expected === 'string' && (typeof actual === 'number' || typeof actual === 'boolean')) {
    const why = `YAML reads unquoted ${String(actual)} as a ${typeof actual}`;
    // Quoting alone must not lead straight into the next error (a version 1.5 quoted is still no version).
    const rule = ruleQuotingBreaks(String(actual), error.parentSchema, path);
    const example = (error.parentSchema?.['examples'] as unknown[] | undefined)?.[0];
    if (rule === undefined) return `quote it: ${why}`;
    const full = typeof example === 'string' ? `, e.g. ${JSON.stringify(example)}` : '';
    return `write it quoted and in full${full}: ${why}, and "${String(actual)}" would still not be valid (${rule})`;
  }
  if (expected === 'array' && typeof actual === 'string') return `write a list: [${actual}]`;
  return undefined;
}

/** What the quoted text would still break: the key's pattern, or the module version rule. */
function ruleQuotingBreaks(text: string, schema: unknown, path: readonly PathSegment[]): string | undefined {
  const isModuleVersion = path.length === 3 && path[0] === 'modules' && path[2] === 'version';
  if (isModuleVersion) return versionProblem(text) !== undefined ? 'a module version is MAJOR.MINOR.PATCH' : undefined;
  const pattern = schemaText(schema, 'pattern');
  if (pattern !== undefined && !new RegExp(pattern, 'u').test(text)) return lowerFirst(schemaText(schema, 'description') ?? `it must match ${pattern}`);
  return undefined;
}

function sizeMessage(keyword: string, limit: number): string {
  if (keyword === 'minLength') return limit <= 1 ? 'must not be empty' : `must be at least ${limit} characters long`;
  if (keyword === 'maxLength') return `must be at most ${limit} characters long`;
  if (keyword === 'minItems') return limit <= 1 ? 'must not be an empty list' : `must list at least ${limit} items`;
  if (keyword === 'maxItems') return `must list at most ${limit} items`;
  if (keyword === 'minProperties') return limit <= 1 ? 'must not be empty' : `must have at least ${limit} entries`;
  return `must have at most ${limit} entries`;
}

function schemaText(schema: unknown, key: string): string | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined;
  const value = (schema as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

function article(type: string): string {
  if (type.includes(',')) return type.split(',').map(article).join(' or ');
  if (type === 'object') return 'a mapping';
  if (type === 'array') return 'a list';
  if (type === 'null') return 'empty';
  if (type === 'integer') return 'a whole number';
  return /^[aeio]/.test(type) ? `an ${type}` : `a ${type}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, '');
}

function namePatternHint(propertyNames: unknown): string | undefined {
  const pattern = schemaText(propertyNames, 'pattern');
  if (pattern === '^[A-Za-z][A-Za-z0-9]*$') return 'use letters and digits only, starting with a letter (e.g. "releaseManager")';
  return pattern === undefined ? undefined : `names here must match ${pattern}`;
}
