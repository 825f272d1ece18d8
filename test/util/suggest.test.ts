import { expect } from 'chai';
import fc from 'fast-check';
import { editDistance } from '../../src/util/edit-distance.js';
import { closestMatch, didYouMean, KnownNames, unknownNameHint } from '../../src/util/suggest.js';

describe('config: did-you-mean suggestions', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('', '')).to.equal(0);
    expect(editDistance('auth', 'auth')).to.equal(0);
    expect(editDistance('auht', 'auth')).to.equal(2);
    expect(editDistance('kitten', 'sitting')).to.equal(3);
    expect(editDistance('', 'abc')).to.equal(3);
  });

  it('suggests the closest name within a third of the word (at least 2 edits)', () => {
    expect(closestMatch('confg-service', ['auth', 'config-service', 'catalog'])).to.equal('config-service');
    expect(closestMatch('catalgo', ['auth', 'catalog'])).to.equal('catalog');
    expect(closestMatch('billing', ['auth', 'catalog'])).to.equal(undefined);
  });

  it('prefers a case-insensitive match over any edit', () => {
    expect(closestMatch('Auth', ['autho', 'auth'])).to.equal('auth');
  });

  it('breaks ties by code-unit order, whatever the input order', () => {
    expect(closestMatch('ab', ['ac', 'aa'])).to.equal('aa');
    expect(closestMatch('ab', ['aa', 'ac'])).to.equal('aa');
  });

  it('words the hint', () => {
    expect(didYouMean('stagin', ['staging', 'production'])).to.equal('did you mean "staging"?');
    expect(didYouMean('zzz', ['staging'])).to.equal(undefined);
  });
});

/** The definition the fast search must agree with: every name, full edit distances. */
function referenceClosest(word: string, names: readonly string[], except?: string): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const name of [...names].sort()) {
    if (name === except) continue;
    const distance = name === word ? 0 : name.toLowerCase() === word.toLowerCase() ? 0.5 : editDistance(word, name);
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

describe('util: known names at scale', () => {
  // Enough names for the letter-pair index to be used, all alike (a shared prefix, close numbers).
  const many = Array.from({ length: 300 }, (_, i) => `service-${String(i * 7).padStart(4, '0')}`);

  it('finds exactly what comparing every name in full finds, with and without the index', () => {
    fc.assert(
      fc.property(fc.constantFrom(...many, 'service', 'servce-0007', 'Service-0014', 'x', 'service-99999', 'ecivres-0021'), fc.integer({ min: 0, max: 3 }), fc.string({ maxLength: 3 }), (base, cut, extra) => {
        const word = base.slice(0, base.length - cut) + extra;
        for (const names of [many, many.slice(0, 20)]) {
          expect(new KnownNames(names).closest(word), word).to.equal(referenceClosest(word, names));
          expect(new KnownNames(names).closest(word, names[3]), word).to.equal(referenceClosest(word, names, names[3]));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lists every name up to ten, and beyond that the closest five and how many more', () => {
    expect(unknownNameHint('zzz', new KnownNames(['b', 'a']), 'defined modules')).to.equal('defined modules: a, b');
    const hint = unknownNameHint('billing-0105', new KnownNames(many), 'defined modules');
    expect(hint).to.match(/^defined modules \(closest first\): service-0105, (service-\d{4}, ){3}service-\d{4} and 295 more$/);
    expect(unknownNameHint('billing-0105', new KnownNames(many), 'defined modules', 'service-0105')).to.match(/: service-\d{4},.* and 294 more$/);
  });
});
