// groovyCall against the implementation before it wrote each argument's one-line text once (kept
// here as the reference): on random step arguments (short and long strings that force line
// breaks, integers, booleans, nested lists and maps) both write the same lines.
import { expect } from 'chai';
import fc from 'fast-check';
import type { GroovyMap, GroovyValue } from '../../../src/emit/jenkinsfile/groovy-code.js';
import { groovyCall } from '../../../src/emit/jenkinsfile/groovy-code.js';
import { groovyString } from '../../../src/render/escape.js';
import { propertyParameters, propertyRuns } from '../../property-runs.js';

// ---- The reference: src/emit/jenkinsfile/groovy-code.ts before the change, unchanged but for
// its checks of identifiers and integers, which groovy-code.test.ts covers.
const MAX_LINE = 100;
const INDENT = '  ';

function isList(value: GroovyValue): value is readonly GroovyValue[] {
  return Array.isArray(value);
}

function renderFlat(value: GroovyValue): string {
  if (typeof value === 'string') return groovyString(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return String(value);
  if (isList(value)) return `[${value.map(renderFlat).join(', ')}]`;
  const entries = Object.entries(value);
  if (entries.length === 0) return '[:]';
  return `[${entries.map(([k, v]) => `${k}: ${renderFlat(v)}`).join(', ')}]`;
}

function renderValue(value: GroovyValue, indent: string, prefix: string): string[] {
  const flat = renderFlat(value);
  if (indent.length + prefix.length + flat.length <= MAX_LINE || typeof value !== 'object') return [prefix + flat];
  const inner = indent + INDENT;
  const items: [string, GroovyValue][] = isList(value) ? value.map((v): [string, GroovyValue] => ['', v]) : Object.entries(value).map(([k, v]): [string, GroovyValue] => [`${k}: `, v]);
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

function referenceGroovyCall(step: string, args: GroovyMap = {}): string[] {
  const entries = Object.entries(args);
  const flat = `${step}(${entries.map(([k, v]) => `${k}: ${renderFlat(v)}`).join(', ')})`;
  if (flat.length <= MAX_LINE) return [flat];
  const lines = [`${step}(`];
  entries.forEach(([key, value], i) => {
    const rendered = renderValue(value, INDENT, `${key}: `);
    rendered.forEach((line, j) => lines.push(j === 0 ? INDENT + line : line));
    if (i < entries.length - 1) lines[lines.length - 1] += ',';
  });
  lines.push(')');
  return lines;
}
// ---- End of the reference.

const NAMES = ['command', 'junit', 'environment', 'namespace', 'release', 'approvals', 'a', 'x_1', 'kubeconfigCredentialsId'];
const name = fc.constantFrom(...NAMES);
const text = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ minLength: 40, maxLength: 120 }), fc.constantFrom("it's", 'a\\b', '$x', '\n'));
const scalar = fc.oneof(text, fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.boolean());
const value: fc.Arbitrary<GroovyValue> = fc.letrec<{ value: GroovyValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(name, tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('emit/jenkinsfile: groovyCall against its previous implementation', () => {
  it(`writes the same lines for random arguments (${propertyRuns()} cases)`, () => {
    fc.assert(
      fc.property(fc.constantFrom('gatehouseDeploy', 'step'), fc.dictionary(name, value, { maxKeys: 6 }), (step, args) => {
        expect(groovyCall(step, args)).to.deep.equal(referenceGroovyCall(step, args));
      }),
      propertyParameters(propertyRuns()),
    );
  });
});
