// sameJson against what it replaced in the chart emitter: comparing JSON.stringify of both sides
// (the reference, used here directly). On random pairs of values, most of them near-equal (one
// built from the other with a small change, as an environment's values are from the defaults),
// both answer the same. Property runs: GATEHOUSE_PROPERTY_RUNS (default 200).
import { expect } from 'chai';
import fc from 'fast-check';
import { sameJson } from '../../src/util/same-json.js';
import { propertyParameters, propertyRuns } from '../property-runs.js';

const RUNS = propertyRuns();

const reference = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

class Point {
  constructor(readonly x: number) {}
}

/** Leaves JSON.stringify writes in their own ways: undefined, functions, symbols, -0, NaN, toJSON, class instances, null-prototype objects. */
const leaf = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, true, false, 0, -0, 1, NaN, Infinity, '', '0', 'a', 'null', () => 1, Symbol.for('s')),
  fc.string({ maxLength: 4 }),
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom<unknown>(new Date(0), new Point(1), { toJSON: () => 'a' }, Object.assign(Object.create(null) as object, { a: 1 })),
);

const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c', '1', '02', 'toJSON', '__proto__'), tie('value'), { maxKeys: 4 }),
  ),
}));

/** A copy of `v` built anew (no shared objects) in which the nodes whose next `dice` roll is 0 are replaced or gain a member. */
function nearCopy(v: unknown, replacement: unknown, dice: number[], depth = 0): unknown {
  const roll = () => dice.shift() ?? 1;
  if (depth > 0 && roll() === 0) return replacement;
  if (Array.isArray(v)) return v.map((item) => nearCopy(item, replacement, dice, depth + 1));
  if (typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype && !('toJSON' in v)) {
    // fromEntries defines own members: assigning copy['__proto__'] would set the prototype instead.
    const members = Object.entries(v).map(([key, item]) => [key, nearCopy(item, replacement, dice, depth + 1)]);
    if (roll() === 0) members.push(['b', replacement]);
    return Object.fromEntries(members);
  }
  return v;
}

describe('util: sameJson (the chart emitter\'s values comparison) against JSON.stringify', () => {
  it('answers as comparing JSON.stringify of both sides, on unrelated values', () => {
    fc.assert(fc.property(value, value, (a, b) => {
      expect(sameJson(a, b)).to.equal(reference(a, b));
    }), propertyParameters(RUNS));
  });

  it('answers as comparing JSON.stringify of both sides, on near-equal values', () => {
    fc.assert(fc.property(value, leaf, fc.array(fc.nat(9), { maxLength: 40 }), (a, replacement, dice) => {
      const b = nearCopy(a, replacement, dice);
      expect(sameJson(a, b)).to.equal(reference(a, b));
      expect(sameJson(b, a)).to.equal(reference(b, a));
    }), propertyParameters(RUNS));
  });

  it('tells apart what JSON tells apart, and only that', () => {
    const equal: [unknown, unknown][] = [
      [{ a: 1, b: undefined }, { a: 1 }],
      [[undefined], [null]],
      [[() => 1], [null]],
      [NaN, null],
      [-0, 0],
      [{ a: { b: [1, 'x'] } }, { a: { b: [1, 'x'] } }],
    ];
    const different: [unknown, unknown][] = [
      [{ a: 1, b: 2 }, { b: 2, a: 1 }],
      [[], {}],
      [[1], { 0: 1 }],
      [undefined, null],
      ['1', 1],
      [{ a: [1, 2] }, { a: [1, 2, 3] }],
    ];
    for (const [a, b] of equal) expect(sameJson(a, b), JSON.stringify(a)).to.equal(true);
    for (const [a, b] of different) expect(sameJson(a, b), JSON.stringify(a)).to.equal(false);
  });
});
