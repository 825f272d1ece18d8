// Renders the modules.yaml key reference (docs/modules-yaml.md) from the schema, so the
// documentation cannot drift from what validation accepts. A definition used in several places
// is written out at its first place; later places point there.

type SchemaNode = Record<string, unknown>;

export interface ReferenceRow {
  /** `project.github.owner`, `modules.<name>.dependsOn`, `quality.scan.allow[].id` */
  path: string;
  type: string;
  default?: string;
  description: string;
}

export function listSchemaReference(schema: SchemaNode): ReferenceRow[] {
  const rows: ReferenceRow[] = [];
  const expanded = new Map<string, string>();
  const defs = (schema['$defs'] ?? {}) as Record<string, SchemaNode>;
  const resolve = (node: SchemaNode): { node: SchemaNode; ref?: string } => {
    const ref = node['$ref'];
    if (typeof ref !== 'string') return { node };
    const name = ref.replace('#/$defs/', '');
    return { node: { ...(defs[name] ?? {}), ...withoutRef(node) }, ref: name };
  };
  const visit = (node: SchemaNode, path: string): void => {
    const properties = (node['properties'] ?? {}) as Record<string, SchemaNode>;
    for (const [key, raw] of Object.entries(properties)) {
      const { node: property, ref } = resolve(raw);
      const at = path === '' ? key : `${path}.${key}`;
      const isObject = property['type'] === 'object';
      rows.push(row(at, property, resolve, ref === undefined || !isObject ? undefined : expanded.get(ref)));
      if (ref !== undefined && expanded.has(ref)) continue;
      if (ref !== undefined && isObject) expanded.set(ref, at);
      visitChildren(property, at);
    }
  };
  const visitChildren = (node: SchemaNode, path: string): void => {
    visit(node, path);
    const entries = node['additionalProperties'];
    if (typeof entries === 'object' && entries !== null) {
      const { node: entry, ref } = resolve(entries as SchemaNode);
      const at = `${path}.<name>`;
      if (ref !== undefined && expanded.has(ref)) return;
      if (ref !== undefined) expanded.set(ref, at);
      visitChildren(entry, at);
    }
    const items = node['items'];
    if (typeof items === 'object' && items !== null) visitChildren(resolve(items as SchemaNode).node, `${path}[]`);
  };
  visit(schema, '');
  return rows;
}

export function renderSchemaReference(schema: SchemaNode): string {
  const lines = ['| Key | Type | Default | Description |', '| --- | --- | --- | --- |'];
  for (const r of listSchemaReference(schema)) {
    lines.push(`| \`${r.path}\` | ${cell(r.type)} | ${r.default === undefined ? '' : cell(`\`${r.default}\``)} | ${cell(r.description)} |`);
  }
  return lines.join('\n') + '\n';
}

type Resolve = (node: SchemaNode) => { node: SchemaNode };

function row(path: string, node: SchemaNode, resolve: Resolve, seeAlso: string | undefined): ReferenceRow {
  const description = typeof node['description'] === 'string' ? node['description'] : '';
  const reference: ReferenceRow = {
    path,
    type: typeOf(node, resolve),
    description: seeAlso === undefined ? description : `${description} Same keys as \`${seeAlso}\`.`.trim(),
  };
  if (node['default'] !== undefined) reference.default = JSON.stringify(node['default']);
  return reference;
}

function typeOf(node: SchemaNode, resolve: Resolve): string {
  const values = node['enum'];
  if (Array.isArray(values)) return `one of ${values.map(String).join(', ')}`;
  const type = node['type'];
  if (type === 'array') {
    const items = resolve((node['items'] ?? {}) as SchemaNode).node;
    return `list of ${items['type'] === 'object' ? 'mappings' : typeOf(items, resolve)}`;
  }
  if (type === 'object') return node['additionalProperties'] === false ? 'mapping' : 'mapping of name to entry';
  if (type === 'integer') return 'whole number';
  if (type === 'string' && typeof node['maxLength'] === 'number') return `string (max ${node['maxLength']})`;
  return typeof type === 'string' ? type : 'any';
}

function withoutRef(node: SchemaNode): SchemaNode {
  const copy = { ...node };
  delete copy['$ref'];
  return copy;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
