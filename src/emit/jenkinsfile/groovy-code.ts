// Builds Groovy source for step calls from typed values. Strings only ever become single-quoted
// literals (groovyString); map keys and step names are gatehouse's own identifiers, never user
// text, and are checked to be plain identifiers.
import { groovyString } from '../../render/escape.js';

export type GroovyValue = string | number | boolean | readonly GroovyValue[] | GroovyMap;
export interface GroovyMap {
  readonly [key: string]: GroovyValue;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const MAX_LINE = 100;
const INDENT = '  ';

/** Names already checked: a few dozen step and argument names, met thousands of times. */
const checkedIdentifiers = new Set<string>();

function identifier(name: string): string {
  if (checkedIdentifiers.has(name)) return name;
  if (!IDENTIFIER.test(name)) throw new Error(`internal: ${JSON.stringify(name)} is not a Groovy identifier`);
  checkedIdentifiers.add(name);
  return name;
}

function isList(value: GroovyValue): value is readonly GroovyValue[] {
  return Array.isArray(value);
}

function renderFlat(value: GroovyValue): string {
  if (typeof value === 'string') return groovyString(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`internal: ${value} is not an integer`);
    return String(value);
  }
  if (isList(value)) return `[${value.map(renderFlat).join(', ')}]`;
  const entries = Object.entries(value);
  if (entries.length === 0) return '[:]';
  return `[${entries.map(([k, v]) => `${identifier(k)}: ${renderFlat(v)}`).join(', ')}]`;
}

/** Lines of `value` (whose one-line text is `flat`), the first one continuing `prefix` at `indent` spaces. */
function renderValue(value: GroovyValue, indent: string, prefix: string, flat = renderFlat(value)): string[] {
  if (indent.length + prefix.length + flat.length <= MAX_LINE || typeof value !== 'object') return [prefix + flat];
  const inner = indent + INDENT;
  const items: [string, GroovyValue][] = isList(value)
    ? value.map((v): [string, GroovyValue] => ['', v])
    : Object.entries(value).map(([k, v]): [string, GroovyValue] => [`${identifier(k)}: `, v]);
  const lines = [`${indent}${prefix}[`];
  items.forEach(([key, v], i) => {
    const rendered = renderValue(v, inner, key);
    const comma = i < items.length - 1 ? ',' : '';
    rendered.forEach((line, j) => lines.push(j === 0 ? inner + line : line));
    lines[lines.length - 1] += comma;
  });
  lines.push(`${indent}]`);
  lines[0] = lines[0]!.slice(indent.length);
  return lines;
}

/**
 * A step call with named arguments, e.g. `gatehouseDeploy(namespace: 'staging')`, as lines
 * (one line when it fits, else one argument per line).
 */
export function groovyCall(step: string, args: GroovyMap = {}): string[] {
  const keys = Object.keys(args).map(identifier);
  // Each argument's one-line text, written once: most calls with a long argument (a test command)
  // break into lines, where every other argument still fits its line as it is.
  const flats = keys.map((key) => renderFlat(args[key]!));
  const flat = `${identifier(step)}(${keys.map((key, i) => `${key}: ${flats[i]!}`).join(', ')})`;
  if (flat.length <= MAX_LINE) return [flat];
  const lines = [`${step}(`];
  keys.forEach((key, i) => {
    const rendered = renderValue(args[key]!, INDENT, `${key}: `, flats[i]);
    rendered.forEach((line, j) => lines.push(j === 0 ? INDENT + line : line));
    if (i < keys.length - 1) lines[lines.length - 1] += ',';
  });
  lines.push(')');
  return lines;
}

/** Indents every line of a block by `levels` steps. */
export function indentLines(lines: readonly string[], levels = 1): string[] {
  const pad = INDENT.repeat(levels);
  return lines.map((line) => (line === '' ? line : pad + line));
}
