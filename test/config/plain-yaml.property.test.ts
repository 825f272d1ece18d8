// The plain-YAML fast path (src/config/plain-yaml.ts) against the full path it short-cuts
// (parseYaml, the yaml package): on random texts of the subset and of everything near it, whenever
// the fast path returns data, the full path returns the same data (values, key order, prototypes)
// and reports nothing; and texts made only of the subset are all read. Property runs:
// GATEHOUSE_PROPERTY_RUNS (default 200; `npm run test:property` runs 10,000).
import { expect } from 'chai';
import fc from 'fast-check';
import { findNoncharacters } from '../../src/config/noncharacters.js';
import { parsePlainYaml } from '../../src/config/plain-yaml.js';
import { parseYaml } from '../../src/config/yaml-document.js';
import { MAX_NESTING_DEPTH } from '../../src/config/yaml-checks.js';
import { propertyParameters, propertyRuns } from '../property-runs.js';
import type { YamlTree } from './plain-yaml-texts.js';
import { cleanTree, nearbyTree, renderTree } from './plain-yaml-texts.js';

const RUNS = propertyRuns();

/** Small edits that take a text out of the subset, or just to its edge. */
const EDITS = ['\t', ' ', '  ', '#', ' #', ':', ': ', '- ', '-', "'", '"', '&a ', '*a', '!', '!!str ', '|', '>', '\n', '\r\n', '\r', '[', ']', '{', '}', ',', '---\n', '...\n', '%YAML 1.2\n', '? ', '\ufeff', '\u0085', '\u2028', '\uffff', '\u0001', '\\', '\ud800', '\u00a0', '<<: ', '__proto__: ', 'x: ', '\n  ', '\n    x'];

function edited(text: string, edits: readonly [number, string][]): string {
  let out = text;
  for (const [at, insert] of edits) {
    const index = at % (out.length + 1);
    out = out.slice(0, index) + insert + out.slice(index);
  }
  return out;
}

const cleanTexts = fc.tuple(cleanTree, fc.boolean(), fc.boolean()).map(([tree, crlf, finalBreak]) => renderTree(tree, { crlf, finalBreak }));
const nearbyTexts = fc
  .tuple(fc.oneof(cleanTree, nearbyTree), fc.boolean(), fc.boolean(), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...EDITS)), { maxLength: 3 }))
  .map(([tree, crlf, finalBreak, edits]: [YamlTree, boolean, boolean, [number, string][]]) => edited(renderTree(tree, { crlf, finalBreak }), edits));

/** Whenever the fast path reads `text`, the full path reads the same and reports nothing. */
function expectSameAsFullPath(text: string): boolean {
  const fast = parsePlainYaml(text);
  if (fast === undefined) return false;
  const full = parseYaml({ name: 'modules.yaml', text });
  expect(full.diagnostics, 'the full path reports a problem in a text the fast path read').to.deep.equal([]);
  if (!('source' in full)) throw new Error('the full path returned no document');
  expect(findNoncharacters(full.source, text)).to.deep.equal([]);
  expectIdentical(fast, full.data, '');
  return true;
}

/** chai's deep equality (which tells -0 from 0 and NaN from everything else) plus key order and prototypes. */
function expectIdentical(got: unknown, want: unknown, path: string): void {
  expect(got, path).to.deep.equal(want);
  if (typeof want !== 'object' || want === null) return;
  expect(Object.getPrototypeOf(got), `prototype at ${path}`).to.equal(Object.getPrototypeOf(want));
  expect(Object.keys(got as object), `key order at ${path}`).to.deep.equal(Object.keys(want));
  for (const key of Object.keys(want)) expectIdentical((got as Record<string, unknown>)[key], (want as Record<string, unknown>)[key], `${path}/${key}`);
}

function nested(depth: number, flow: boolean): string {
  if (flow) return `a: ${'['.repeat(depth - 1)}x${']'.repeat(depth - 1)}\n`;
  return Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}k${level}:${level === depth - 1 ? ' x' : ''}`).join('\n') + '\n';
}

describe('config: the plain-YAML fast path against the yaml package', () => {
  it(`reads every text of the subset, exactly as the full path does (${RUNS} random texts)`, () => {
    fc.assert(
      fc.property(cleanTexts, (text) => {
        expect(expectSameAsFullPath(text), `not read:\n${text}`).to.equal(true);
      }),
      propertyParameters(RUNS),
    );
  });

  it(`reads nothing the full path reads differently or reports (${RUNS} random texts near the subset)`, () => {
    let read = 0;
    fc.assert(
      fc.property(nearbyTexts, (text) => {
        if (expectSameAsFullPath(text)) read++;
      }),
      propertyParameters(RUNS),
    );
    // A generator that drifted out of the subset would prove nothing.
    expect(read, 'texts the fast path read').to.be.greaterThan(RUNS / 10);
  });

  it('reads nesting up to the limit and leaves one level more to the full path (GH108)', () => {
    for (const flow of [false, true]) {
      // The top-level mapping is the first level; `a: [...]` holds depth - 1 more.
      expect(expectSameAsFullPath(nested(MAX_NESTING_DEPTH, flow)), `flow: ${flow}`).to.equal(true);
      expect(parsePlainYaml(nested(MAX_NESTING_DEPTH + 1, flow)), `flow: ${flow}`).to.equal(undefined);
      expect(parseYaml({ name: 'm.yaml', text: nested(MAX_NESTING_DEPTH + 1, flow) }).diagnostics.map((d) => d.code)).to.deep.equal(['GH108']);
    }
  });
});
