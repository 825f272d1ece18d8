import { expect } from 'chai';
import { cappedMemo } from '../../src/util/capped-memo.js';

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
});
