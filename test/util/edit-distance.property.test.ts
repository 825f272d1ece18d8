import { expect } from 'chai';
import fc from 'fast-check';
import { boundedEditDistance, editDistance } from '../../src/util/edit-distance.js';
import { propertyParameters, propertyRuns } from '../property-runs.js';

/** The textbook table, kept whole: the reference the bit-parallel distance must agree with. */
function tableDistance(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      table[i]![j] = Math.min(table[i - 1]![j]! + 1, table[i]![j - 1]! + 1, table[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return table[a.length]![b.length]!;
}

// Few letters, so words share many; lengths around 32, where the algorithm changes; code units
// beyond ASCII and halves of surrogate pairs, which are letters like any other here.
const letter = fc.constantFrom('a', 'b', 'c', '-', '0', '1', 'é', '\ud83d', '\ude00');
const word = fc.oneof(fc.array(letter, { maxLength: 12 }), fc.array(letter, { minLength: 28, maxLength: 36 })).map((letters) => letters.join(''));

describe('util: edit distance', () => {
  it('equals the textbook table for every pair of words, on both sides of 32 letters', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(editDistance(a, b), `${a} / ${b}`).to.equal(tableDistance(a, b));
      }),
      propertyParameters(propertyRuns() * 5),
    );
  });

  it('is exact within the bound and above it otherwise', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 12 }), (a, b, max) => {
        const exact = tableDistance(a, b);
        const bounded = boundedEditDistance(a, b, max);
        if (exact <= max) expect(bounded).to.equal(exact);
        else expect(bounded).to.be.above(max);
      }),
      propertyParameters(propertyRuns() * 5),
    );
  });

  it('measures one word against many names in a row as it measures each alone', () => {
    const names = ['service-0001', 'service-0010', 'servce-0001', '', 'x'.repeat(40)];
    const alone = names.map((name) => tableDistance('service-0001', name));
    expect(names.map((name) => editDistance('service-0001', name))).to.deep.equal(alone);
    expect(editDistance('other', 'service-0001')).to.equal(tableDistance('other', 'service-0001'));
    expect(names.map((name) => editDistance('service-0001', name))).to.deep.equal(alone);
  });
});
