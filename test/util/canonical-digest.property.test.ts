// canonicalDigest against its previous implementation (kept here as the reference, unchanged but
// for its name): the encoding of keys is now remembered per key, and must give the same digests,
// which the manifest's seals record. Random plain data with shared objects, -0, undefined members,
// hostile keys and strings. Property runs: GATEHOUSE_PROPERTY_RUNS (default 200).
import { expect } from 'chai';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { canonicalDigest } from '../../src/util/canonical-digest.js';
import { propertyParameters, propertyRuns } from '../property-runs.js';

const RUNS = propertyRuns();

// ---- The reference: src/util/canonical-digest.ts before keys were remembered.
class Sink {
  private readonly hash = createHash('sha256');
  private buffered = '';

  update(text: string): this {
    this.buffered += text;
    if (this.buffered.length > 1 << 16) this.flush();
    return this;
  }

  digest(): string {
    this.flush();
    return this.hash.digest('hex');
  }

  private flush(): void {
    this.hash.update(this.buffered);
    this.buffered = '';
  }
}

function referenceDigest(value: unknown): string {
  const sink = new Sink();
  encode(value, sink, new Map());
  return sink.digest();
}

function encode(value: unknown, sink: Sink, seen: Map<object, number>): void {
  switch (typeof value) {
    case 'string':
      sink.update('s').update(JSON.stringify(value));
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`internal: cannot digest the number ${value}`);
      sink.update(Object.is(value, -0) ? 'n-0;' : `n${value};`);
      return;
    case 'boolean':
      sink.update(value ? 't' : 'f');
      return;
    case 'undefined':
      sink.update('u');
      return;
    case 'object':
      if (value === null) sink.update('0');
      else encodeObject(value, sink, seen);
      return;
    default:
      throw new Error(`internal: cannot digest a ${typeof value}`);
  }
}

function encodeObject(value: object, sink: Sink, seen: Map<object, number>): void {
  const earlier = seen.get(value);
  if (earlier !== undefined) {
    sink.update(`r${earlier};`);
    return;
  }
  seen.set(value, seen.size);
  if (Array.isArray(value)) {
    sink.update(`[${value.length};`);
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) throw new Error('internal: cannot digest an array with holes');
      encode(value[i], sink, seen);
    }
    sink.update(']');
    return;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new Error(`internal: cannot digest a ${value.constructor.name}; only plain objects and arrays`);
  }
  if (Object.getOwnPropertySymbols(value).length > 0) throw new Error('internal: cannot digest symbol keys');
  sink.update('{');
  for (const key of Object.keys(value)) {
    sink.update('k').update(JSON.stringify(key));
    encode((value as Record<string, unknown>)[key], sink, seen);
  }
  sink.update('}');
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

describe('util: canonical digest against its previous implementation', () => {
  it('gives the digest the previous implementation gave, on random plain data', () => {
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
