// The plain-YAML reader's positions (src/config/plain-yaml-positions.ts) against the yaml package's
// Document walked by locate.ts: on random texts the reader reads, for every key and item, for
// random paths (keys and indexes, as numbers and strings, and paths that leave the document at
// every depth, also below a scalar) and both targets, the offset is the same; and so are the line
// starts, hence every line and column. Mutation-checked: an empty item at its `-`, an empty value
// at its value, digit keys in reading order, a flow value before its spaces, CRLF line starts
// off by one, each fails it. Property runs: GATEHOUSE_PROPERTY_RUNS (default 200;
// `npm run test:property` runs 10,000).
import { expect } from 'chai';
import fc from 'fast-check';
import type { PathSegment } from '../../src/config/finding.js';
import { documentPositions } from '../../src/config/locate.js';
import { readPlainYaml } from '../../src/config/plain-yaml.js';
import { parseYaml } from '../../src/config/yaml-document.js';
import { propertyParameters, propertyRuns } from '../property-runs.js';
import { cleanTree, nearbyTree, renderTree } from './plain-yaml-texts.js';

const RUNS = propertyRuns();

/** Segments no mapping or list of the texts has, or that only look like an index. */
const MISSING: PathSegment[] = ['missing', 'toString', '__proto__', 'constructor', '', ' 1', '-0', '1.5', 'NaN', -1, 99, '99', 1.5];

/**
 * A path into `data` chosen by `choices`: at each level stop, take an existing key or index (as a
 * number or a string), or a segment that leaves the document (also below a scalar).
 */
function pathFrom(data: unknown, choices: readonly number[]): PathSegment[] {
  const path: PathSegment[] = [];
  let node = data;
  for (const choice of choices) {
    const kind = choice % 4;
    if (kind === 0) break;
    if (kind === 1 || typeof node !== 'object' || node === null) {
      path.push(MISSING[choice % MISSING.length]!);
      break;
    }
    const keys = Object.keys(node);
    if (keys.length === 0) continue;
    const key = keys[Math.floor(choice / 4) % keys.length]!;
    path.push(Array.isArray(node) && kind === 2 ? Number(key) : key);
    node = (node as Record<string, unknown>)[key];
  }
  return path;
}

/** Every path to a key or item of `data`, each also with one segment that leaves the document below it. */
function everyPath(data: unknown, path: PathSegment[] = [], paths: PathSegment[][] = []): PathSegment[][] {
  paths.push(path, [...path, MISSING[paths.length % MISSING.length]!]);
  if (typeof data !== 'object' || data === null) return paths;
  for (const key of Object.keys(data)) everyPath((data as Record<string, unknown>)[key], [...path, Array.isArray(data) ? Number(key) : key], paths);
  return paths;
}

const texts = fc
  .tuple(fc.oneof(cleanTree, cleanTree, nearbyTree), fc.boolean(), fc.boolean())
  .map(([tree, crlf, finalBreak]) => renderTree(tree, { crlf, finalBreak }))
  .filter((text) => readPlainYaml(text) !== undefined);
const choices = fc.array(fc.array(fc.nat(), { maxLength: 10 }), { minLength: 1, maxLength: 12 });

describe("config: the plain-YAML reader's positions against the yaml Document", () => {
  it(`give every path the Document's offset, for keys and values, and its lines (${RUNS} random texts)`, () => {
    fc.assert(
      fc.property(texts, choices, (text, pathChoices) => {
        const read = readPlainYaml(text)!;
        const full = parseYaml({ name: 'modules.yaml', text });
        if (!('source' in full)) throw new Error('the full path returned no document');
        const document = documentPositions(full.source);
        expect(read.positions.lineCounter.lineStarts, 'line starts').to.deep.equal(full.source.lineCounter.lineStarts);
        for (const path of [...everyPath(read.data), ...pathChoices.map((picks) => pathFrom(read.data, picks))]) {
          for (const target of ['key', 'value'] as const) {
            expect(read.positions.offsetOf(path, target), `${target} of ${JSON.stringify(path)}`).to.equal(document.offsetOf(path, target));
          }
        }
      }),
      propertyParameters(RUNS),
    );
  });

  it('give every key and value of a text with empty values, comments and digit keys the Document offset', () => {
    const text = ['# first', 'b: 1', '2: two', '1:', '  # between', '', '  - ', '  -   # c', '  -', '    k: v', '  - - x', '  -   y: [a, {z: ~}]', 'a: # c', '  x:', 'c:', '  [', '    1, "2",', '    3', '  ]', 'd: plain', '  folded', "e: 'q'", ''].join('\n');
    const read = readPlainYaml(text)!;
    const full = parseYaml({ name: 'modules.yaml', text });
    if (!('source' in full)) throw new Error('the full path returned no document');
    const document = documentPositions(full.source);
    const paths: PathSegment[][] = [['b'], ['2'], [2], ['1'], ['1', 0], ['1', 1], ['1', 2], ['1', 2, 'k'], ['1', 3, 0], ['1', 4, 'y', 1, 'z'], ['a'], ['a', 'x'], ['c', 1], ['d'], ['e'], ['1', 9], ['d', 'x']];
    for (const path of paths) {
      for (const target of ['key', 'value'] as const) expect(read.positions.offsetOf(path, target), `${target} of ${JSON.stringify(path)}`).to.equal(document.offsetOf(path, target));
    }
  });
});
