import { expect } from 'chai';
import { loadProject } from '../../src/app/load-project.js';
import type { BranchKind, StageId } from '../../src/model/types.js';
import type { BuildPlan, Plan } from '../../src/plan/types.js';
import { DEFAULT_CONFIG } from '../../src/util/paths.js';
import { buildPlan } from '../../src/plan/plan.js';
import { continuousPlan, smallPlan } from './small-model.js';

function buildOf(plan: Plan, module: string, kind: BranchKind): BuildPlan {
  const build = plan.modules.find((m) => m.module.name === module)?.builds.find((b) => b.kind === kind);
  if (!build) throw new Error(`no ${kind} build for ${module}`);
  return build;
}

function stageIds(build: BuildPlan): StageId[] {
  return build.stages.map((s) => s.id);
}

const CI: StageId[] = ['checkout', 'build', 'unitTests', 'scan', 'qualityGate'];
const FULL: StageId[] = [...CI, 'pushImage', 'publishChart', 'deploy', 'integrationTests'];

describe('plan: the repository modules.yaml', () => {
  let plan: Plan;
  before(async () => {
    const loaded = await loadProject(DEFAULT_CONFIG);
    if (!loaded.plan) throw new Error('the repository modules.yaml must load');
    plan = loaded.plan;
  });

  it('runs the release process stages per branch kind, for every module', () => {
    const want: Record<BranchKind, StageId[]> = {
      feature: CI,
      pullRequest: CI,
      staging: FULL,
      prMerge: FULL,
      // Train mode: the master build records its blessed build; the release train deploys it.
      master: ['checkout', 'promote', 'recordCandidate'],
    };
    for (const { module, builds } of plan.modules) {
      expect(builds.map((b) => b.kind), module.name).to.deep.equal(['feature', 'pullRequest', 'staging', 'prMerge', 'master']);
      for (const build of builds) expect(stageIds(build), `${module.name} ${build.kind}`).to.deep.equal(want[build.kind]);
    }
  });

  it('puts environment and namespace on environment stages only', () => {
    const places = (build: BuildPlan) => build.stages.map((s) => [s.id, s.environment, s.namespace]);
    expect(places(buildOf(plan, 'auth', 'staging'))).to.deep.equal([
      ...CI.map((id) => [id, undefined, undefined]),
      ['pushImage', undefined, undefined],
      ['publishChart', undefined, undefined],
      ['deploy', 'staging', 'staging'],
      ['integrationTests', 'staging', 'staging'],
    ]);
    expect(buildOf(plan, 'auth', 'prMerge').stages.filter((s) => s.namespace === 'preprod').map((s) => s.id)).to.deep.equal(['deploy', 'integrationTests']);
    expect(buildOf(plan, 'auth', 'master').stages.filter((s) => s.namespace === 'production').map((s) => s.id)).to.deep.equal(['promote']);
    for (const kind of ['feature', 'pullRequest'] as const) {
      const build = buildOf(plan, 'auth', kind);
      expect(build.environment).to.equal(undefined);
      expect(build.stages.every((s) => s.environment === undefined && s.namespace === undefined)).to.equal(true);
    }
  });

  it('pushes image and chart only in their own stages of staging and the PR-merge build', () => {
    for (const m of plan.modules) {
      for (const build of m.builds) {
        const pushes = build.stages.filter((s) => s.pushesImage || s.pushesChart).map((s) => [s.id, s.pushesImage, s.pushesChart]);
        const want = build.kind === 'staging' || build.kind === 'prMerge' ? [['pushImage', true, false], ['publishChart', false, true]] : [];
        expect(pushes, `${m.module.name} ${build.kind}`).to.deep.equal(want);
      }
    }
  });

  it('asks no build for approvals in train mode: they are the release train\'s vote', () => {
    const stages = plan.modules.flatMap((m) => m.builds).flatMap((b) => b.stages);
    expect(stages.filter((s) => s.approvals.length > 0 || s.id === 'approve')).to.deep.equal([]);
    expect(stages.filter((s) => s.requiresChannel !== undefined)).to.deep.equal([]);
  });

  it('asks the four approver roles on master in continuous mode, the module lead among the moduleLead submitters', () => {
    const continuous = buildPlan({ ...plan.model, release: { ...plan.model.release, mode: 'continuous' } });
    const approve = buildOf(continuous, 'editor', 'master').stages.find((s) => s.id === 'approve');
    expect(approve?.approvals.map((a) => [a.role, a.submitters])).to.deep.equal([
      ['moduleLead', ['ananya.rao', 'release-managers']],
      ['sre', ['sre-team']],
      ['qa', ['qa-team']],
      ['product', ['product-management']],
    ]);
    expect(stageIds(buildOf(continuous, 'editor', 'master'))).to.deep.equal(['checkout', 'promote', 'approve', 'deploy', 'smokeTests']);
    const gated = continuous.modules.flatMap((m) => m.builds.flatMap((b) => b.stages.filter((s) => s.requiresChannel).map((s) => [m.module.name, b.kind, s.id, s.requiresChannel])));
    expect(gated).to.deep.equal(continuous.modules.map((m) => [m.module.name, 'master', 'deploy', 'stable']));
  });

  it("keeps render-worker's integration tests in the plan, skipped with its reason", () => {
    for (const kind of ['staging', 'prMerge'] as const) {
      const stage = buildOf(plan, 'render-worker', kind).stages.find((s) => s.id === 'integrationTests');
      expect(stage?.skipReason).to.equal("Queue consumer with no API of its own; covered by editor's integration suite.");
    }
    const skipped = plan.modules.flatMap((m) => m.builds.flatMap((b) => b.stages.filter((s) => s.skipReason !== undefined).map(() => m.module.name)));
    expect([...new Set(skipped)]).to.deep.equal(['render-worker']);
  });

  it('promotes on master only', () => {
    expect(plan.modules.flatMap((m) => m.builds.filter((b) => b.promotes).map((b) => b.kind))).to.deep.equal(plan.modules.map(() => 'master'));
  });

  it('rolls back in the reverse order of the waves', () => {
    expect(plan.rollbackWaves).to.deep.equal([...plan.waves].reverse());
    expect(plan.rollbackWaves.at(-1)).to.deep.equal(['config-service']);
  });
});

describe('plan: a small inline model', () => {
  it('orders stages the way the release process runs them, whatever order the flow lists them in', () => {
    expect(stageIds(buildOf(smallPlan(), 'base', 'prMerge'))).to.deep.equal(['checkout', 'build', 'unitTests', 'scan', 'qualityGate', 'pushImage', 'publishChart', 'deploy']);
  });

  it('takes the namespace from the environment, not its name', () => {
    const deploy = buildOf(smallPlan(), 'base', 'staging').stages.find((s) => s.id === 'deploy');
    expect([deploy?.environment, deploy?.namespace]).to.deep.equal(['stage', 'stage-ns']);
  });

  it('adds the module lead to the moduleLead role once, before the role submitters', () => {
    const approvals = (module: string) => buildOf(continuousPlan(), module, 'master').stages.find((s) => s.id === 'approve')?.approvals;
    expect(approvals('mid')?.map((a) => [a.role, a.submitters])).to.deep.equal([
      ['lead', ['bob', 'leads', 'alice']],
      ['ops', ['ops-team']],
    ]);
    expect(approvals('base')?.[0]?.submitters).to.deep.equal(['alice', 'leads']);
  });

  it('in train mode records the candidate after promote instead of approving, deploying and testing in production', () => {
    const train = smallPlan((raw) => {
      raw.branchFlow.master.stages = ['checkout', 'build', 'promote', 'approve', 'deploy', 'smokeTests', 'integrationTests'];
    });
    const master = buildOf(train, 'mid', 'master');
    expect(stageIds(master)).to.deep.equal(['checkout', 'build', 'promote', 'recordCandidate']);
    const record = master.stages.find((s) => s.id === 'recordCandidate');
    expect([record?.title, record?.environment, record?.approvals]).to.deep.equal(['Record release candidate', undefined, []]);
    expect(stageIds(buildOf(train, 'mid', 'staging'))).to.deep.equal(stageIds(buildOf(smallPlan(), 'mid', 'staging')));
  });

  it('computes waves and their reverse for rollback', () => {
    const plan = smallPlan();
    expect(plan.waves).to.deep.equal([['base'], ['mid'], ['top']]);
    expect(plan.rollbackWaves).to.deep.equal([['top'], ['mid'], ['base']]);
    expect(plan.modules.map((m) => [m.module.name, m.wave])).to.deep.equal([['base', 0], ['mid', 1], ['top', 2]]);
  });

  it('marks a skipped stage with the reason wherever the stage appears', () => {
    const skipped = smallPlan().modules.flatMap((m) => m.builds.flatMap((b) => b.stages.filter((s) => s.skipReason).map((s) => `${m.module.name}/${b.kind}/${s.id}: ${s.skipReason}`)));
    expect(skipped).to.deep.equal(['mid/staging/integrationTests: Has no API of its own.']);
  });

  it('names the release PR that the pullRequest kind excludes', () => {
    expect(buildOf(smallPlan(), 'top', 'pullRequest').match).to.deep.equal({ type: 'changeRequest', except: { source: 'develop', target: 'main' } });
    expect(buildOf(smallPlan(), 'top', 'prMerge').match).to.deep.equal({ type: 'releasePullRequest', source: 'develop', target: 'main' });
  });
});
