import { expect } from 'chai';
import { conflictSides, hasConflictMarkers } from '../../src/output/conflict-markers.js';

describe('output: git conflict markers', () => {
  it('splits a merge conflict into our side and their side', () => {
    const text = 'a\n<<<<<<< HEAD\nours 1\nours 2\n=======\ntheirs\n>>>>>>> feature/x\nz\n';
    expect(conflictSides(text)).to.deep.equal({ ours: 'a\nours 1\nours 2\nz\n', theirs: 'a\ntheirs\nz\n' });
  });

  it('drops the base section of diff3 and zdiff3 conflicts, and reads CRLF files', () => {
    const text = 'a\r\n<<<<<<< ours\r\nx\r\n||||||| base\r\nold\r\n=======\r\ny\r\n>>>>>>> theirs\r\n';
    expect(conflictSides(text)).to.deep.equal({ ours: 'a\r\nx\r\n', theirs: 'a\r\ny\r\n' });
  });

  it('needs a complete hunk: no markers, an unclosed hunk or a lone separator are not a conflict', () => {
    for (const text of ['plain\n', '<<<<<<< HEAD\nx\n=======\ny\n', 'a\n=======\nb\n', '<<<<<<<< eight\n=======\n>>>>>>> x\n']) {
      expect(hasConflictMarkers(text), JSON.stringify(text)).to.equal(false);
    }
  });
});
