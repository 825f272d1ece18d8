import { expect } from 'chai';
import { cappedMemo, cappedMemoBy } from '../../src/util/capped-memo.js';

describe('util: capped memo', () => {
  it('computes each key once while there is room, and keeps computing past the cap', () => {
    const calls: string[] = [];
    const upper = cappedMemo((key) => {
      calls.push(key);
      return key.toUpperCase();
    }, 2);
    expect(['a', 'b', 'a', 'b'].map(upper)).to.deep.equal(['A', 'B', 'A', 'B']);
    expect(calls).to.deep.equal(['a', 'b']);
    expect(['c', 'c', 'a'].map(upper)).to.deep.equal(['C', 'C', 'A']);
    expect(calls).to.deep.equal(['a', 'b', 'c', 'c']);
  });

  it('keys an argument by keyOf: arguments with one key share the first one\'s result', () => {
    const calls: number[][] = [];
    const total = cappedMemoBy(
      (list: number[]) => [...list].sort().join(','),
      (list) => {
        calls.push(list);
        return list.reduce((a, b) => a + b, 0);
      },
      2,
    );
    expect([[1, 2], [2, 1], [3], [1, 2]].map(total)).to.deep.equal([3, 3, 3, 3]);
    expect(calls).to.deep.equal([[1, 2], [3]]);
    expect(total([4])).to.equal(4);
    expect(total([4])).to.equal(4);
    expect(calls).to.deep.equal([[1, 2], [3], [4], [4]]);
  });
});
