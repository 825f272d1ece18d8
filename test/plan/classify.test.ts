import { expect } from 'chai';
import type { BranchKind } from '../../src/model/types.js';
import { loadProject } from '../../src/app/load-project.js';
import type { BuildDescription } from '../../src/plan/classify.js';
import { classifyBuild, matchingKinds } from '../../src/plan/classify.js';
import { DEFAULT_CONFIG } from '../../src/util/paths.js';
import { smallModel } from './small-model.js';

const REPOSITORY_CASES: [BuildDescription, BranchKind | undefined][] = [
  [{ branch: 'feature/login' }, 'feature'],
  [{ branch: 'bugfix/crash-on-save' }, 'feature'],
  [{ branch: 'Feature/Login' }, 'feature'],
  [{ branch: 'feature/team/login' }, undefined],
  [{ branch: 'staging' }, 'staging'],
  [{ branch: 'master' }, 'master'],
  [{ branch: 'main' }, undefined],
  [{ branch: 'hotfix/x' }, undefined],
  [{ branch: 'PR-12', changeTarget: 'master', changeSource: 'staging' }, 'prMerge'],
  [{ branch: 'PR-13', changeTarget: 'staging', changeSource: 'feature/login' }, 'pullRequest'],
  [{ branch: 'PR-14', changeTarget: 'master', changeSource: 'hotfix/urgent' }, 'pullRequest'],
  [{ branch: 'PR-15', changeTarget: 'master', changeSource: 'Staging' }, 'pullRequest'],
  [{ branch: 'PR-16', changeTarget: 'staging', changeSource: 'master' }, 'pullRequest'],
];

describe('plan: classifyBuild on the repository branch flow', () => {
  for (const [build, want] of REPOSITORY_CASES) {
    it(`${JSON.stringify(build)} runs as ${want ?? 'nothing'}`, async () => {
      const { model } = await loadProject(DEFAULT_CONFIG);
      if (!model) throw new Error('the repository modules.yaml must load');
      expect(classifyBuild(model.branchFlow, build)).to.equal(want);
      expect(matchingKinds(model.branchFlow, build)).to.deep.equal(want ? [want] : []);
    });
  }
});

describe('plan: classifyBuild on a small branch flow', () => {
  const flow = smallModel().branchFlow;
  const cases: [BuildDescription, BranchKind | undefined][] = [
    [{ branch: 'fix/a/b' }, 'feature'],
    [{ branch: 'develop' }, 'staging'],
    [{ branch: 'main' }, 'master'],
    [{ branch: 'master' }, undefined],
    [{ branch: 'PR-1', changeTarget: 'main', changeSource: 'develop' }, 'prMerge'],
    [{ branch: 'PR-2', changeTarget: 'master', changeSource: 'staging' }, 'pullRequest'],
  ];
  for (const [build, want] of cases) {
    it(`${JSON.stringify(build)} runs as ${want ?? 'nothing'}`, () => {
      expect(classifyBuild(flow, build)).to.equal(want);
    });
  }

  it('reports every kind when branch globs overlap, since Jenkins would run them all', () => {
    const overlapping = smallModel((raw) => {
      raw.branchFlow.feature.branches = ['*'];
    }).branchFlow;
    expect(matchingKinds(overlapping, { branch: 'develop' })).to.deep.equal(['feature', 'staging']);
    // A PR build's BRANCH_NAME is PR-<n>: a catch-all glob matches it too.
    expect(matchingKinds(overlapping, { branch: 'PR-3', changeTarget: 'main', changeSource: 'develop' })).to.deep.equal(['feature', 'prMerge']);
  });
});
