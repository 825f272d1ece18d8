// unsafePathReason against its previous implementation (kept here as the reference): the segment
// checks are two regular expressions instead of a split of every path. On random paths made of
// the characters and segments that matter (`.`, `..`, `/`, `\`, NUL, drive letters) both give the
// same reason. Property runs: GATEHOUSE_PROPERTY_RUNS (default 200).
import { expect } from 'chai';
import fc from 'fast-check';
import { unsafePathReason } from '../../src/output/safe-path.js';
import { propertyParameters, propertyRuns } from '../property-runs.js';

const RUNS = propertyRuns();

// ---- The reference: unsafePathReason before the regular expressions, unchanged.
function referenceReason(path: string): string | undefined {
  if (path === '') return 'the path is empty';
  if (path.includes('\0')) return 'the path contains a NUL character';
  if (path.includes('\\')) return 'the path contains a backslash (output paths are POSIX)';
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'the path is absolute';
  const segments = path.split('/');
  if (segments.includes('..')) return 'the path escapes the output directory (`..`)';
  if (segments.some((s) => s === '' || s === '.')) return 'the path has an empty or `.` segment';
  return undefined;
}
// ---- End of the reference.

const piece = fc.constantFrom('/', '.', '..', '...', 'a', 'b.c', 'C:', '\\', '\0', '\n', ' ', '.a', 'a.', 'modules');

describe('output: unsafePathReason against its previous implementation', () => {
  it('gives the same reason for random paths', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join('')), (path) => {
      expect(unsafePathReason(path)).to.equal(referenceReason(path));
    }), propertyParameters(RUNS));
  });

  it('gives the same reason for arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (path) => {
      expect(unsafePathReason(path)).to.equal(referenceReason(path));
    }), propertyParameters(RUNS));
  });
});
