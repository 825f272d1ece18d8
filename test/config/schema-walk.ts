// Walks schemas/modules.schema.json: every subschema with where it is, and the subschema that
// describes a given place of a document (following $ref, additionalProperties and items).
type Node = Record<string, unknown>;

/** A class file's limit for one string constant, in bytes of modified UTF-8. */
export const MAX_CONSTANT_BYTES = 65535;
/** Worst case per code point (maxLength counts code points): a surrogate pair, 3 + 3 bytes. */
export const MAX_BYTES_PER_CODE_POINT = 6;

const CHILD_MAPS = ['properties', '$defs', 'patternProperties', 'dependentSchemas'];
const CHILD_SCHEMAS = ['items', 'additionalProperties', 'propertyNames', 'contains', 'not', 'if', 'then', 'else', 'unevaluatedProperties', 'unevaluatedItems'];
const CHILD_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every subschema, with its JSON pointer from the schema root. */
export function allSubschemas(node: unknown, at = '#'): [string, Node][] {
  if (!isNode(node)) return [];
  const found: [string, Node][] = [[at, node]];
  for (const key of CHILD_MAPS) for (const [name, child] of Object.entries((node[key] ?? {}) as Node)) found.push(...allSubschemas(child, `${at}/${key}/${name}`));
  for (const key of CHILD_SCHEMAS) found.push(...allSubschemas(node[key], `${at}/${key}`));
  for (const key of CHILD_LISTS) if (Array.isArray(node[key])) (node[key] as unknown[]).forEach((child, i) => found.push(...allSubschemas(child, `${at}/${key}/${i}`)));
  return found;
}

/** The subschema describing the value at `path` of a document, with $ref resolved (its own keys win). */
export function schemaAt(root: Node, path: readonly (string | number)[]): Node | undefined {
  const resolve = (node: Node): Node => {
    const ref = node['$ref'];
    if (typeof ref !== 'string') return node;
    const target = ref.slice(2).split('/').reduce<unknown>((n, key) => (isNode(n) ? n[key] : undefined), root);
    const own = { ...node };
    delete own['$ref'];
    return { ...resolve(target as Node), ...own };
  };
  let node: Node | undefined = resolve(root);
  for (const segment of path) {
    if (node === undefined) return undefined;
    const properties = (node['properties'] ?? {}) as Record<string, Node>;
    const next: unknown = typeof segment === 'number' ? node['items'] : properties[segment] ?? node['additionalProperties'];
    node = isNode(next) ? resolve(next) : undefined;
  }
  return node;
}
