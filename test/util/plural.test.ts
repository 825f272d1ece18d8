import { expect } from 'chai';
import { plural, pluralWord } from '../../src/util/plural.js';

describe('plural', () => {
  it('counts a regular noun', () => {
    expect([0, 1, 2].map((n) => plural(n, 'file'))).to.deep.equal(['0 files', '1 file', '2 files']);
  });

  it('takes an irregular plural', () => {
    expect(plural(3, 'vulnerability', 'vulnerabilities')).to.equal('3 vulnerabilities');
    expect(plural(1, 'file differs', 'files differ')).to.equal('1 file differs');
  });

  it('gives the bare word when the count is printed elsewhere', () => {
    expect(pluralWord(1, 'line')).to.equal('line');
    expect(pluralWord(5, 'line')).to.equal('lines');
  });
});
