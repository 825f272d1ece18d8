// UnitDirs.problems against its previous implementation (kept here as the reference): one walk
// over each path's directories replaced a Set of every path's directories and a second walk per
// path for its owner. On random unit directories and emitted paths (nested units, a path that is
// also another's directory, reserved and unsafe names, paths of other units) both give the same
// problems in the same order. Property runs: GATEHOUSE_PROPERTY_RUNS (default 200).
import { expect } from 'chai';
import fc from 'fast-check';
import { MANIFEST_NAME } from '../../src/output/manifest.js';
import { unsafePathReason } from '../../src/output/safe-path.js';
import { parentDirs, UnitDirs } from '../../src/output/unit-paths.js';
import { propertyParameters, propertyRuns } from '../property-runs.js';

const RUNS = propertyRuns();

// ---- The reference: UnitDirs.problems before the one walk, unchanged but for being a function
// (parentDirs, which the change did not touch, is the module's own).
function referenceProblems(unitDirs: UnitDirs, dirs: ReadonlySet<string>, ancestors: ReadonlySet<string>, unit: string, paths: readonly string[]): [string, string][] {
  const inside = new Set(paths.flatMap((path) => parentDirs(path)));
  const problems: [string, string][] = [];
  for (const path of paths) {
    const reason =
      unsafePathReason(path) ??
      (path === MANIFEST_NAME || path.startsWith('.gatehouse-') ? 'the name is reserved for the writer' : undefined) ??
      (unitDirs.ownerOf(path) !== unit ? `it lies outside the unit's directory (${unit === '' ? 'the project-wide files' : unit})` : undefined) ??
      (inside.has(path) || dirs.has(path) || ancestors.has(path) ? 'it would have to be both a file and a directory' : undefined);
    if (reason !== undefined) problems.push([path, `internal error, please report: an emitter produced this path and ${reason}`]);
  }
  return problems;
}
// ---- End of the reference.

const segment = fc.constantFrom('modules', 'a', 'b', 'chart', 'x.yaml', '.gatehouse-lock', MANIFEST_NAME, '..', '.', '', 'c\\d');
const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((segments) => segments.join('/'));

describe('output: UnitDirs.problems against its previous implementation', () => {
  it('finds the same problems, in the same order, for random units and paths', () => {
    fc.assert(fc.property(fc.uniqueArray(path, { maxLength: 5 }), fc.array(path, { maxLength: 12 }), fc.nat(5), (unitList, paths, pick) => {
      const unitDirs = new UnitDirs(unitList);
      const dirs = new Set(unitList.filter((dir) => dir !== ''));
      const ancestors = new Set([...dirs].flatMap((dir) => parentDirs(dir)));
      const unit = ['', ...dirs][pick % (dirs.size + 1)] ?? '';
      expect(unitDirs.problems(unit, paths)).to.deep.equal(referenceProblems(unitDirs, dirs, ancestors, unit, paths));
    }), propertyParameters(RUNS));
  });

  it('reports a path that is also another path\'s directory, and a path outside its unit', () => {
    const unitDirs = new UnitDirs(['modules/a', 'modules/b']);
    expect(unitDirs.problems('modules/a', ['modules/a/chart', 'modules/a/chart/x.yaml', 'modules/b/x.yaml', 'modules/a/ok.yaml']).map(([p, reason]) => [p, reason.replace('internal error, please report: an emitter produced this path and ', '')])).to.deep.equal([
      ['modules/a/chart', 'it would have to be both a file and a directory'],
      ['modules/b/x.yaml', 'it lies outside the unit\'s directory (modules/a)'],
    ]);
  });
});
