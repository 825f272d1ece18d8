import { expect } from 'chai';
import { compareCodeUnits } from '../../src/util/compare.js';

describe('compareCodeUnits', () => {
  it('orders by UTF-16 code unit, upper case before lower case, whatever the locale', () => {
    expect(['b', 'a', 'B', 'a-b', 'a_b', 'é', 'z'].sort(compareCodeUnits)).to.deep.equal(['B', 'a', 'a-b', 'a_b', 'b', 'z', 'é']);
  });

  it('says equal strings are equal', () => {
    expect(compareCodeUnits('x', 'x')).to.equal(0);
  });
});
