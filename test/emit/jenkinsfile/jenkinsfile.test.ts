import { expect } from 'chai';
import { DEFAULT_CONFIG } from '../../../src/util/paths.js';
import { stageName } from '../../../src/emit/jenkinsfile/layout.js';
import type { BranchKind } from '../../../src/model/types.js';
import type { BuildPlan, Plan } from '../../../src/plan/types.js';
import type { BuildEnv, StageNode } from './extract.js';
import { child, literalsOf, pipelineStages, stagesRunFor, statements } from './extract.js';
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

function expectedStages(build: BuildPlan): string[] {
  return build.stages.filter((s) => s.skipReason === undefined).map(stageName);
}

function leaves(nodes: StageNode[]): StageNode[] {
  return nodes.flatMap((n) => (n.nested.length > 0 ? leaves(n.nested) : [n]));
}

for (const [label, config] of [['repository modules.yaml', DEFAULT_CONFIG], ['small fixture', SMALL_CONFIG]] as const) {
  describe(`emit/jenkinsfile: ${label}`, () => {
    let plan: Plan;
    let jenkinsfiles: Map<string, string>;
    before(async () => {
      plan = await loadPlan(config);
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

    it('pins the library and keeps every stage under `when { beforeAgent true ... }`', () => {
      const { name, version } = plan.model.project.library;
      for (const source of jenkinsfiles.values()) {
        expect(source).to.contain(`@Library('${name}@${version}') _\n`);
        const all = (nodes: StageNode[]): StageNode[] => nodes.flatMap((n) => [n, ...all(n.nested)]);
        for (const stage of all(pipelineStages(source))) {
          expect(statements(stage.when)[0], stage.name).to.equal('beforeAgent true');
        }
        expect(source.split('\n').find((l) => l.includes('agent '))?.trim()).to.equal('agent none');
      }
    });

    it('deploys and smoke-tests under the environment lock, with a milestone before each deploy', () => {
      for (const [module, source] of jenkinsfiles) {
        const deploys = leaves(pipelineStages(source)).filter((s) => s.name.startsWith('Deploy ('));
        expect(deploys.length, module).to.be.greaterThan(0);
        for (const stage of leaves(pipelineStages(source)).filter((s) => /^(Deploy|Smoke tests) \(/.test(s.name))) {
          const steps = child(stage.block, 'steps')!;
          const environment = /\((.*)\)$/.exec(stage.name)![1]!;
          const lock = steps.children.find((c) => typeof c !== 'string' && c.header.startsWith('lock('));
          expect(lock, `${module} ${stage.name}`).to.not.equal(undefined);
          expect(literalsOf((lock as { header: string }).header)).to.deep.equal([`${plan.model.project.name}-${environment}`]);
          if (stage.name.startsWith('Deploy')) expect(statements(steps)[0]).to.equal(`milestone(label: '${stage.name}')`);
        }
      }
    });

    it('asks one input per approver role, in an agent-less stage', () => {
      for (const modulePlan of plan.modules) {
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
