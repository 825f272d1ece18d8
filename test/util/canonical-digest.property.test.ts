// canonicalDigest against the encoding it hashes, written out as one string: the digest hashes its
// encoding in chunks and remembers each key's encoding, and must give the digest of exactly that
// text. Random plain data with shared objects, -0, undefined members, hostile keys and strings. Property runs: GATEHOUSE_PROPERTY_RUNS (default 200).
import { expect } from 'chai';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { canonicalDigest } from '../../src/util/canonical-digest.js';
import { propertyParameters, propertyRuns } from '../property-runs.js';

const RUNS = propertyRuns();

// ---- The reference: the encoding canonicalDigest hashes, written as one string (no chunked
// hashing, no remembered keys): s"..." strings, n<number>; (n-0; for -0), t and f, u for
// undefined, 0 for null, [<length>; ... ] arrays, { k"<key>" <value> ... } objects in key order,
// r<index>; for an object met before (indexes in the order objects are first met).
function canonicalText(value: unknown, seen = new Map<object, number>()): string {
  if (typeof value === 'string') return 's' + JSON.stringify(value);
  if (typeof value === 'number') return Object.is(value, -0) ? 'n-0;' : `n${value};`;
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value === undefined) return 'u';
  if (value === null) return '0';
  const object = value;
  const earlier = seen.get(object);
  if (earlier !== undefined) return `r${earlier};`;
  seen.set(object, seen.size);
  if (Array.isArray(object)) return `[${object.length};${object.map((item: unknown) => canonicalText(item, seen)).join('')}]`;
  return `{${Object.entries(object).map(([key, item]) => 'k' + JSON.stringify(key) + canonicalText(item, seen)).join('')}}`;
}

function referenceDigest(value: unknown): string {
  return createHash('sha256').update(canonicalText(value)).digest('hex');
}
// ---- End of the reference.

const key = fc.oneof(fc.constantFrom('chart', 'resources', 'a', '', '__proto__', 'k"', '\u2028', 'é'), fc.string({ unit: 'binary', maxLength: 6 }));
const leaf = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, true, false, 0, -0, 1.5, -7, 1e21, ''),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('tree'), { maxLength: 5 }), fc.dictionary(key, tie('tree'), { maxKeys: 5 })),
}));
/** The tree twice in one value, so the second is a reference to the first. */
const withShared = fc.tuple(tree, tree).map(([shared, other]) => ({ first: shared, other, again: shared }));

describe('util: canonical digest against the encoding it hashes', () => {
  it('is the SHA-256 of the canonical text, on random plain data', () => {
    fc.assert(fc.property(fc.oneof(tree, withShared), (value) => {
      expect(canonicalDigest(value)).to.equal(referenceDigest(value));
    }), propertyParameters(RUNS));
  });

  it('gives the same digests past the number of keys it remembers', () => {
    const many = Object.fromEntries(Array.from({ length: 12_000 }, (_, i) => [`key-${i}`, i]));
    expect(canonicalDigest(many)).to.equal(referenceDigest(many));
    expect(canonicalDigest([many, { 'key-11999': 'x' }])).to.equal(referenceDigest([many, { 'key-11999': 'x' }]));
  });
});
