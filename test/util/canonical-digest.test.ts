import { expect } from 'chai';
import { canonicalDigest } from '../../src/util/canonical-digest.js';

describe('util: canonical digest (the key a module is skipped on)', () => {
  it('is the same for equal plain data built separately', () => {
    expect(canonicalDigest({ a: [1, 'x', true, null], b: { c: undefined } })).to.equal(canonicalDigest({ a: [1, 'x', true, null], b: { c: undefined } }));
  });

  it('tells apart everything an emitter could observe', () => {
    const shared = { kind: 'staging' };
    const variants: unknown[] = [
      { a: 1, b: 2 },
      { b: 2, a: 1 }, // iteration order: a template printing a record prints it in this order
      { a: 1 },
      { a: 1, b: undefined }, // `'b' in x` differs
      { a: 1, b: null },
      { a: '1', b: 2 },
      { a: 0 },
      { a: -0 },
      [shared, shared], // one object twice: indexOf finds the first
      [{ kind: 'staging' }, { kind: 'staging' }], // two equal objects
      ['a,b'],
      ['a', 'b'],
      { 'a"': 1 },
      { a: '"' },
      [],
      {},
      '',
      [[]],
    ];
    const digests = variants.map((v) => canonicalDigest(v));
    expect(new Set(digests).size).to.equal(variants.length);
  });

  it('refuses values it cannot see into, so a new field of such a type fails loudly', () => {
    const holey: unknown[] = [1];
    holey[2] = 3;
    const refused: unknown[] = [new Map([['a', 1]]), new Set([1]), new Date(0), () => 1, Symbol('x'), 1n, NaN, Infinity, holey, { [Symbol('k')]: 1 }, new (class Thing {})()];
    for (const value of refused) expect(() => canonicalDigest({ field: value }), String(typeof value)).to.throw(/internal: cannot digest/);
  });
});
