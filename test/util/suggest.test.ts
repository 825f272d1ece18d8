import { expect } from 'chai';
import { closestMatch, didYouMean, editDistance } from '../../src/util/suggest.js';

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
