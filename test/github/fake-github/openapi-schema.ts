// OpenAPI 3.0 schema objects -> JSON Schema (draft-07) for ajv. GitHub's description
// (@octokit/openapi, api.github.com.json) uses these 3.0 features; each is handled on purpose:
// - `nullable: true` allows null. OpenAPI 3.0.3 ties it to a sibling `type`, but GitHub also
//   writes it next to `allOf`/`$ref` and on enums without null, always meaning "may be null",
//   so the schema becomes anyOf [the schema without nullable, {type: null}].
// - `example`, `discriminator` (4 uses, all with oneOf that validates on its own), `x-*`
//   extensions are annotations: dropped. `readOnly`, `deprecated`, `title`, `description`,
//   `default` are annotations ajv knows and ignores.
// - `$ref: '#/components/schemas/x'` points into one document that holds every component
//   schema; ajv resolves it by the absolute id below.
// - Request bodies only: an object schema with `properties`, no `additionalProperties` and no
//   combinator gets `additionalProperties: false`. Real GitHub ignores unknown fields, so a
//   misspelt field would silently do nothing there; the fake refuses it instead.

export const SCHEMA_ROOT = 'https://fake-github.test/openapi.json';

type Json = unknown;
type SchemaObject = Record<string, Json>;

const DROPPED = new Set(['example', 'discriminator', 'xml', 'externalDocs']);
const COMBINATORS = ['allOf', 'anyOf', 'oneOf'];

export interface ConvertOptions {
  /** Close object schemas to undocumented properties (request bodies). */
  closed: boolean;
}

export function convertSchema(schema: Json, options: ConvertOptions): Json {
  if (Array.isArray(schema)) return schema.map((item) => convertSchema(item, options));
  if (typeof schema !== 'object' || schema === null) return schema;
  const source = schema as SchemaObject;
  const out: SchemaObject = {};
  for (const [key, value] of Object.entries(source)) {
    if (DROPPED.has(key) || key.startsWith('x-') || key === 'nullable') continue;
    out[key] = convertChild(key, value, options);
  }
  if (options.closed && isOpenObject(out)) out['additionalProperties'] = false;
  return source['nullable'] === true ? { anyOf: [out, { type: 'null' }] } : out;
}

function convertChild(key: string, value: Json, options: ConvertOptions): Json {
  if (key === '$ref' && typeof value === 'string') return value.startsWith('#') ? SCHEMA_ROOT + value : value;
  if (key === 'properties' && typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([name, property]) => [name, convertSchema(property, options)]));
  }
  if (key === 'enum' || key === 'required' || key === 'default') return value;
  if (key === 'items' || key === 'additionalProperties' || key === 'not' || COMBINATORS.includes(key)) {
    return typeof value === 'boolean' ? value : convertSchema(value, options);
  }
  return value;
}

function isOpenObject(schema: SchemaObject): boolean {
  return schema['properties'] !== undefined && schema['additionalProperties'] === undefined && !COMBINATORS.some((c) => c in schema);
}

/** Every component schema, converted, as one document ajv can resolve `$ref`s into. */
export function componentsDocument(schemas: Record<string, Json>): object {
  const converted = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, convertSchema(schema, { closed: false })]));
  return { $id: SCHEMA_ROOT, definitions: {}, components: { schemas: converted } };
}
