import { expect } from 'chai';
import { branchGlobMatches } from '../../src/plan/branch-glob.js';

// Expected values follow Ant's SelectorUtils.matchPath(pattern, name, false), which Jenkins'
// `when { branch }` uses by default.
const CASES: [pattern: string, branch: string, matches: boolean][] = [
  ['master', 'master', true],
  ['master', 'Master', true],
  ['master', 'master2', false],
  ['master', 'PR-12', false],
  ['feature/*', 'feature/login', true],
  ['feature/*', 'FEATURE/Login', true],
  ['feature/*', 'feature/', false],
  ['feature/*', 'feature', false],
  ['feature/*', 'feature/a/b', false],
  ['feature/*', 'bugfix/login', false],
  ['feature/*', 'PR-12', false],
  ['feature/**', 'feature/a/b', true],
  ['feature/**', 'feature', true],
  ['**/hotfix', 'team/x/hotfix', true],
  ['**/hotfix', 'hotfix', true],
  ['a/**/z', 'a/z', true],
  ['a/**/z', 'a/b/c/z', true],
  ['a/**/z', 'a/b/c/y', false],
  ['release-?', 'release-1', true],
  ['release-?', 'release-10', false],
  ['rel*se', 'release', true],
  ['*', 'PR-12', true],
  ['*', 'feature/x', false],
  ['feature//*', 'feature/x', true],
  ['feature/*', '/feature/x', false],
  ['*-*-x', 'a-b-c-x', true],
  ['*a*b', 'xaybzb', true],
  ['*a*b', 'xaybzc', false],
  ['', '', true],
  ['master', '', false],
];

describe('plan: branch globs match like Jenkins `when { branch }`', () => {
  for (const [pattern, branch, matches] of CASES) {
    it(`${JSON.stringify(pattern)} ${matches ? 'matches' : 'does not match'} ${JSON.stringify(branch)}`, () => {
      expect(branchGlobMatches(pattern, branch)).to.equal(matches);
    });
  }
});
