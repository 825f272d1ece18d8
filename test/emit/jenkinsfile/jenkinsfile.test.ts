import { expect } from 'chai';
import { DEFAULT_CONFIG } from '../../../src/util/paths.js';
import { stageName } from '../../../src/emit/jenkinsfile/layout.js';
import type { BranchKind, StageId } from '../../../src/model/types.js';
import { buildPlan } from '../../../src/plan/plan.js';
import type { BuildPlan, Plan } from '../../../src/plan/types.js';
import type { BuildEnv, StageNode } from './extract.js';
import { child, pipelineStages, stagesRunFor, statements } from './extract.js';
import { emitJenkinsSide, fileContent, loadPlan, SMALL_CONFIG } from './support.js';

/** A build of each kind, as Jenkins describes it to `when`. */
function sampleBuilds(build: BuildPlan): BuildEnv[] {
  const concrete = (glob: string) => glob.replace(/\*\*?/g, 'x-1');
  switch (build.match.type) {
    case 'branch':
      return build.match.globs.map((glob) => ({ branchName: concrete(glob) }));
    case 'changeRequest':
      return [
        { branchName: 'PR-7', changeTarget: 'staging', changeBranch: 'feature/login' },
        { branchName: 'PR-9', changeTarget: 'master', changeBranch: 'hotfix/urgent' },
      ];
    case 'releasePullRequest':
      return [{ branchName: 'PR-8', changeTarget: build.match.target, changeBranch: build.match.source }];
  }
}

/** Stages that act on the build's environment after the approvals: they run under its lock. */
const LOCKED_STAGES: readonly StageId[] = ['deploy', 'smokeTests', 'integrationTests'];

/**
 * The Plan's stages, in order, with the milestone stage of the build's environment right before
 * the first stage that runs under that environment's lock.
 */
function expectedStages(build: BuildPlan): string[] {
  const stages = build.stages.filter((s) => s.skipReason === undefined);
  const names = stages.map(stageName);
  const firstLocked = stages.findIndex((s) => LOCKED_STAGES.includes(s.id));
  if (firstLocked >= 0) names.splice(firstLocked, 0, `Milestone (${build.environment})`);
  return names;
}

/** The `when` conditions of a stage, without the before* flags. */
function conditions(stage: StageNode): string {
  return JSON.stringify(stage.when?.children.filter((c) => !(typeof c === 'string' && /^before\w+ true$/.test(c))));
}

function leaves(nodes: StageNode[]): StageNode[] {
  return nodes.flatMap((n) => (n.nested.length > 0 ? leaves(n.nested) : [n]));
}

// Both release modes: train (the default) records candidates on master, continuous deploys there.
const CONFIGS = [
  ['repository modules.yaml', DEFAULT_CONFIG, 'train'],
  ['repository modules.yaml in continuous mode', DEFAULT_CONFIG, 'continuous'],
  ['small fixture', SMALL_CONFIG, 'train'],
] as const;

for (const [label, config, mode] of CONFIGS) {
  describe(`emit/jenkinsfile: ${label}`, () => {
    let plan: Plan;
    let jenkinsfiles: Map<string, string>;
    before(async () => {
      const loaded = await loadPlan(config);
      plan = loaded.model.release.mode === mode ? loaded : buildPlan({ ...loaded.model, release: { ...loaded.model.release, mode } });
      const files = emitJenkinsSide(plan);
      jenkinsfiles = new Map(plan.modules.map((m) => [m.module.name, fileContent(files, `modules/${m.module.name}/Jenkinsfile`)]));
    });

    it('runs exactly the Plan stages, in order, for every build kind of every module', () => {
      for (const modulePlan of plan.modules) {
        const source = jenkinsfiles.get(modulePlan.module.name)!;
        for (const build of modulePlan.builds) {
          for (const env of sampleBuilds(build)) {
            expect(stagesRunFor(source, env), `${modulePlan.module.name} ${build.kind} ${env.branchName}`).to.deep.equal(expectedStages(build));
          }
        }
        expect(stagesRunFor(source, { branchName: 'hotfix/no-kind' })).to.deep.equal([]);
      }
    });

    it('never emits a stage the module skips', () => {
      for (const modulePlan of plan.modules) {
        const skipped = modulePlan.builds.flatMap((b) => b.stages.filter((s) => s.skipReason !== undefined));
        const names = leaves(pipelineStages(jenkinsfiles.get(modulePlan.module.name)!)).map((n) => n.name);
        for (const stage of skipped) expect(names).not.to.include(stageName(stage));
        for (const stage of skipped) expect(jenkinsfiles.get(modulePlan.module.name)).not.to.include(stage.skipReason);
      }
    });

    it('pins the library, gives every top-level stage a `when`, and starts every `when` with `beforeAgent true`', () => {
      const { name, version } = plan.model.project.library;
      for (const source of jenkinsfiles.values()) {
        expect(source).to.contain(`@Library('${name}@${version}') _\n`);
        for (const stage of pipelineStages(source)) expect(stage.when, stage.name).to.not.equal(undefined);
        const all = (nodes: StageNode[]): StageNode[] => nodes.flatMap((n) => [n, ...all(n.nested)]);
        for (const stage of all(pipelineStages(source)).filter((s) => s.when !== undefined)) {
          expect(statements(stage.when)[0], stage.name).to.equal('beforeAgent true');
        }
        expect(source.split('\n').find((l) => l.includes('agent '))?.trim()).to.equal('agent none');
      }
    });

    it('runs everything acting on an environment under ONE acquisition of its lock, taken after a milestone', () => {
      for (const [module, source] of jenkinsfiles) {
        const top = pipelineStages(source);
        const acting = (n: StageNode) => /^(Deploy|Smoke tests|Integration tests) \(/.test(n.name);
        const locked = top.filter((t) => leaves(t.nested).some(acting));
        expect(locked.length, module).to.be.greaterThan(0);
        // Every stage acting on an environment is in a locked group; no lock is taken anywhere else.
        expect(locked.flatMap((t) => leaves(t.nested).filter(acting)), module).to.deep.equal(leaves(top).filter(acting));
        expect(source.match(/\block\(/g)?.length, module).to.equal(locked.length);
        for (const group of locked) {
          const environments = new Set(leaves(group.nested).map((s) => /\((.*)\)$/.exec(s.name)![1]!));
          expect(environments.size, `${module} ${group.name}`).to.equal(1);
          const [environment] = environments;
          const label = `${module} ${group.name}`;
          expect(statements(child(group.block, 'options'))[0], label).to.equal(
            `lock(resource: '${plan.model.project.name}-${environment}', inversePrecedence: true)`,
          );
          // The when is decided before the options: a build that skips the group never takes the lock.
          expect(statements(group.when).slice(0, 2), label).to.deep.equal(['beforeAgent true', 'beforeOptions true']);
          const milestone = top[top.indexOf(group) - 1]!;
          expect(milestone.name, label).to.equal(`Milestone (${environment})`);
          expect(statements(milestone.block), label).to.include('agent none');
          expect(statements(child(milestone.block, 'steps')), label).to.deep.equal([`milestone(label: 'Milestone (${environment})')`]);
          expect(conditions(milestone), label).to.equal(conditions(group));
          for (const deploy of leaves(group.nested).filter((s) => s.name.startsWith('Deploy ('))) {
            expect(statements(child(deploy.block, 'steps'))[0], label).to.equal(`milestone(label: '${deploy.name}')`);
          }
        }
      }
    });

    it('asks one input per approver role, in an agent-less stage, in continuous mode only', () => {
      const approving = plan.modules.filter((m) => m.builds.some((b) => b.stages.some((s) => s.id === 'approve')));
      // In train mode the approvals are the release train's vote, never a module build's.
      expect(approving.length).to.equal(mode === 'train' ? 0 : plan.modules.length);
      for (const modulePlan of approving) {
        const source = jenkinsfiles.get(modulePlan.module.name)!;
        const approve = modulePlan.builds.flatMap((b) => b.stages).find((s) => s.id === 'approve')!;
        const stage = pipelineStages(source).find((s) => s.name === stageName(approve))!;
        expect(statements(stage.block)).to.include('agent none');
        const call = JSON.stringify(child(stage.block, 'steps')!.children);
        for (const gate of approve.approvals) {
          expect(call).to.contain(`role: '${gate.role}'`);
          expect(call).to.contain(`submitter: '${gate.submitters.join(',')}'`);
        }
        expect(call.match(/role: /g)?.length).to.equal(approve.approvals.length);
      }
    });

    it('blesses only in the release PR build, in its last environment stage', () => {
      for (const modulePlan of plan.modules) {
        const source = jenkinsfiles.get(modulePlan.module.name)!;
        const release = modulePlan.builds.find((b) => b.kind === ('prMerge' satisfies BranchKind))!;
        const last = expectedStages(release).at(-1)!;
        const blessing = leaves(pipelineStages(source)).filter((s) => child(s.block, 'steps')!.children.some((c) => JSON.stringify(c).includes('bless:')));
        expect(blessing.map((s) => s.name), modulePlan.module.name).to.deep.equal([last]);
      }
    });
  });
}
