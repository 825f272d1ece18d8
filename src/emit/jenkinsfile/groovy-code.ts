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

// The functions below write with loops and += rather than map and join: they run for every step
// of every module's Jenkinsfile (some 20,000 calls at 1000 modules), and the arrays that map and
// join made were most of their garbage.

function renderFlat(value: GroovyValue): string {
  if (typeof value === 'string') return groovyString(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`internal: ${value} is not an integer`);
    return String(value);
  }
  let out = '[';
  if (isList(value)) {
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ', ') + renderFlat(value[i]!);
    return out + ']';
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return '[:]';
  for (let i = 0; i < keys.length; i++) out += `${i === 0 ? '' : ', '}${identifier(keys[i]!)}: ${renderFlat(value[keys[i]!]!)}`;
  return out + ']';
}

/**
 * Adds the lines of `value` (whose one-line text is `flat`) to `lines`, the first one continuing
 * `prefix` at `indent` spaces, the last one followed by `end`.
 */
function addValue(lines: string[], value: GroovyValue, indent: string, prefix: string, end: string, flat = renderFlat(value)): void {
  if (indent.length + prefix.length + flat.length <= MAX_LINE || typeof value !== 'object') {
    lines.push(indent + prefix + flat + end);
    return;
  }
  const inner = indent + INDENT;
  lines.push(`${indent}${prefix}[`);
  if (isList(value)) {
    for (let i = 0; i < value.length; i++) addValue(lines, value[i]!, inner, '', i < value.length - 1 ? ',' : '');
  } else {
    const keys = Object.keys(value);
    for (let i = 0; i < keys.length; i++) addValue(lines, value[keys[i]!]!, inner, `${identifier(keys[i]!)}: `, i < keys.length - 1 ? ',' : '');
  }
  lines.push(`${indent}]${end}`);
}

/**
 * A step call with named arguments, e.g. `gatehouseDeploy(namespace: 'staging')`, as lines
 * (one line when it fits, else one argument per line).
 */
export function groovyCall(step: string, args: GroovyMap = {}): string[] {
  const keys = Object.keys(args);
  // Each argument's one-line text, written once: most calls with a long argument (a test command)
  // break into lines, where every other argument still fits its line as it is. The one-line call
  // is measured before it is written: a call that breaks into lines never needs it. The step and
  // the keys are checked as identifiers while measuring, and written as they are below.
  const flats: string[] = [];
  let length = identifier(step).length + 2;
  for (let i = 0; i < keys.length; i++) {
    flats.push(renderFlat(args[keys[i]!]!));
    length += (i === 0 ? 0 : 2) + identifier(keys[i]!).length + 2 + flats[i]!.length;
  }
  if (length <= MAX_LINE) {
    let flat = `${step}(`;
    for (let i = 0; i < keys.length; i++) flat += `${i === 0 ? '' : ', '}${keys[i]!}: ${flats[i]!}`;
    return [flat + ')'];
  }
  const lines = [`${step}(`];
  for (let i = 0; i < keys.length; i++) addValue(lines, args[keys[i]!]!, INDENT, `${keys[i]!}: `, i < keys.length - 1 ? ',' : '', flats[i]);
  lines.push(')');
  return lines;
}

/** Indents every line of a block by `levels` steps. */
export function indentLines(lines: readonly string[], levels = 1): string[] {
  const pad = INDENT.repeat(levels);
  return lines.map((line) => (line === '' ? line : pad + line));
}
