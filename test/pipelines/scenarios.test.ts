import { expect } from 'chai';
import { join } from 'node:path';
import type { Module } from '../../src/model/types.js';
import type { BuildPlan, Plan } from '../../src/plan/types.js';
import { expectedFor, stagesAfter } from '../harness/expectations.js';
import { observe, podsForSkippedStages, secretLeaks, steps, varCalls } from '../harness/observe.js';
import type { RunRequest, RunResult, Scenario, TraceEvent } from '../harness/pipeline-run.js';
import { runPipelines } from '../harness/pipeline-run.js';
import { loadPipelineTree } from '../harness/pipeline-source.js';
import { BRANCH_CASES, blessedOf, buildScenario, gateFailureRule, gateRule, TREE, versionOf } from '../harness/scenarios.js';

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Case {
  id: string;
  module: Module;
  build: BuildPlan;
  scenario: Scenario;
}

function moduleOf(plan: Plan, name: string): Module {
  const module = plan.modules.find((m) => m.module.name === name)?.module;
  if (!module) throw new Error(`no module ${name} in the plan`);
  return module;
}

function buildOf(plan: Plan, module: string, kind: BuildPlan['kind']): BuildPlan {
  const build = plan.modules.find((m) => m.module.name === module)?.builds.find((b) => b.kind === kind);
  if (!build) throw new Error(`plan has no ${kind} build for ${module}`);
  return build;
}

/** Branch builds for every module, plus the failure scenarios, all run in one harness call. */
function casesFor(plan: Plan, modules: string[]): Case[] {
  const cases: Case[] = [];
  for (const name of modules) {
    const module = plan.modules.find((m) => m.module.name === name)?.module;
    if (!module) throw new Error(`no module ${name} in the plan`);
    const model = plan.model;
    const stagingEnv = BRANCH_CASES.find((c) => c.kind === 'staging')?.env ?? {};
    for (const branch of BRANCH_CASES) {
      cases.push({ id: `${name} ${branch.label}`, module, build: buildOf(plan, name, branch.kind), scenario: buildScenario(model, module, branch.env) });
    }
    const staging = buildOf(plan, name, 'staging');
    // Failing unit tests: the command fails, the reports hold failures, the gate rejects the build.
    const unitFail = buildScenario(model, module, stagingEnv, [{ any: escapeRegex(module.unitTests.command), exitCode: 1 }, gateRule(module, 'rejected')]);
    unitFail.junit = [{ match: escapeRegex(module.unitTests.junit), total: 25, failed: 5 }, ...(unitFail.junit ?? [])];
    cases.push({ id: `${name} unit tests fail`, module, build: staging, scenario: unitFail });
    // A scan over the thresholds: Trivy finds what no channel tolerates and the gate rejects.
    cases.push({
      id: `${name} scan over thresholds`, module, build: staging,
      scenario: buildScenario(model, module, stagingEnv, [{ any: 'trivy image', exitCode: 1 }, gateRule(module, 'rejected')]),
    });
    // The gate judges nothing (a malformed report): exit 1 like a rejection, but no channel.
    cases.push({ id: `${name} gate cannot judge`, module, build: staging, scenario: buildScenario(model, module, stagingEnv, [gateFailureRule()]) });
    // The CLI image's modules.yaml is older than the module's committed chart.
    cases.push({
      id: `${name} stale CLI image`, module, build: staging,
      scenario: buildScenario(model, module, stagingEnv, [{ name: 'older chart', match: 'chart/Chart.yaml', stdout: '0.0.1\n' }]),
    });
    cases.push({
      id: `${name} deploy fails`, module, build: staging,
      scenario: buildScenario(model, module, stagingEnv, [{ match: 'helm upgrade', exitCode: 1 }]),
    });
    const master = buildOf(plan, name, 'master');
    const gates = master.stages.find((s) => s.id === 'approve')?.approvals ?? [];
    const rejecting = buildScenario(model, module, { BRANCH_NAME: 'master' });
    rejecting.inputs = [
      ...gates.slice(0, -1).map(() => ({ match: '[\\s\\S]*', action: 'approve' as const, user: '$submitter', once: true })),
      { match: '[\\s\\S]*', action: 'reject', user: '$submitter' },
    ];
    cases.push({ id: `${name} production approval rejected`, module, build: master, scenario: rejecting });
  }
  return cases;
}

/** Images and charts carry the names and versions the model and the version CLI give; master promotes. */
function checkArtifacts(plan: Plan, id: string, module: Module, kind: BuildPlan['kind'], result: RunResult): void {
  const { dockerHub, charts } = plan.model.project;
  const version = versionOf(module);
  const image = `${dockerHub.registry}/${dockerHub.namespace}/${module.name}:${String(version.imageTag)}`;
  for (const push of observe(result).imagePushes) expect(JSON.stringify([push.args, push.env]), `${id}: image name and tag`).to.include(image);
  for (const publish of varCalls(result, 'helmPublish')) {
    const args = (publish.args as Record<string, unknown>[])[0] ?? {};
    expect(args.repository, `${id}: chart repository`).to.equal(charts.repository);
    expect(args.chartVersion, `${id}: chart version`).to.equal(version.chartVersion);
    expect((args.annotations as Record<string, string>)['gatehouse.dev/tree'], `${id}: tree annotation`).to.equal(TREE);
  }
  if (kind === 'master') {
    // Promotion: exactly the blessed chart, and nothing built or versioned by this build.
    const deployed = varCalls(result, 'helmDeploy').map((e) => (e.args as Record<string, unknown>[])[0]?.chartVersion);
    expect(deployed, `${id}: deploys the blessed chart`).to.deep.equal([blessedOf(module).chartVersion]);
    expect(steps(result, 'sh').filter((e) => /gatehouse version|buildctl/.test(JSON.stringify(e.args))), `${id}: rebuilt`).to.deep.equal([]);
  }
}

/** Every step of a run that changes or tests what runs in an environment, or labels its releases. */
function actsOnEnvironment(result: RunResult): { what: string; event: TraceEvent }[] {
  const calls = ['helmDeploy', 'helmRollback', 'gatehouseDeploy', 'gatehouseSmokeTests', 'gatehouseIntegrationTests', 'gatehouseBless'];
  return [
    ...calls.flatMap((name) => varCalls(result, name).map((event) => ({ what: name, event }))),
    ...steps(result, 'sh').filter((e) => /kubectl label/.test(JSON.stringify(e.args))).map((event) => ({ what: 'bless label', event })),
  ];
}

/** The environment a step acts on: named in its arguments, or the one owning its namespace. */
function environmentOf(plan: Plan, event: TraceEvent): string {
  const args = (event.type === 'var' ? (event.args as Record<string, unknown>[])[0] : undefined) ?? {};
  if (typeof args.environment === 'string') return args.environment;
  const namespace = typeof args.namespace === 'string' ? args.namespace : event.env?.GATEHOUSE_NAMESPACE;
  const owners = plan.model.environments.filter((e) => e.namespace === namespace);
  if (owners.length !== 1) throw new Error(`no single environment owns namespace ${String(namespace)} (${event.name})`);
  return owners[0]!.name;
}

describe('pipelines: scenarios from the Plan, run in the declarative harness', function () {
  this.timeout(180000);
  let plan: Plan;
  let modules: string[];
  let cases: Case[];
  const results = new Map<string, RunResult>();

  before(async () => {
    const tree = await loadPipelineTree();
    plan = tree.plan;
    modules = tree.modules;
    cases = casesFor(plan, modules);
    const requests: RunRequest[] = cases.map((c) => ({
      id: c.id,
      library: join(tree.root, 'library'),
      jenkinsfile: join(tree.root, 'modules', c.module.name, 'Jenkinsfile'),
      scenario: c.scenario,
    }));
    for (const result of await runPipelines(requests)) results.set(result.id, result);
  });

  const run = (id: string): RunResult => {
    const result = results.get(id);
    if (!result) throw new Error(`no run ${id}`);
    expect(result.harnessError, `${id}: harness error`).to.equal(undefined);
    return result;
  };

  it('has a Jenkinsfile for every module of modules.yaml', () => {
    expect(modules).to.deep.equal(plan.modules.map((m) => m.module.name));
  });

  it('runs, for every module and branch, exactly the stages, deploys, pushes and approvals of the Plan', () => {
    for (const name of modules) {
      for (const branch of BRANCH_CASES) {
        const id = `${name} ${branch.label}`;
        const result = run(id);
        const observed = observe(result);
        const expected = expectedFor(buildOf(plan, name, branch.kind));
        expect(result.result, `${id}: ${result.error}`).to.equal('SUCCESS');
        expect(observed.stagesEntered, `${id}: stages`).to.deep.equal(expected.stagesEntered);
        expect(observed.namespacesDeployed, `${id}: namespaces`).to.deep.equal(expected.namespacesDeployed);
        expect(observed.imagePushes.length > 0, `${id}: image pushed`).to.equal(expected.pushesImage);
        expect(observed.chartPushes.length > 0, `${id}: chart pushed`).to.equal(expected.pushesChart);
        expect(observed.approvals, `${id}: approvals`).to.deep.equal(expected.approvals);
        const channel = plan.model.project.slack.channel;
        expect(observed.slack.every((m) => m.channel === channel), `${id}: Slack channel`).to.equal(true);
        if (expected.deployEnvironment) {
          const told = observed.slack.filter((m) => m.message.includes(expected.deployEnvironment as string));
          expect(told, `${id}: Slack told of the deploy to ${expected.deployEnvironment}`).to.not.be.empty;
        } else {
          expect(observed.slack, `${id}: Slack messages of a build that deploys nothing and succeeds`).to.deep.equal([]);
        }
        for (const input of steps(result, 'input')) expect((input.args as { submitterParameter?: string }).submitterParameter, `${id}: approver recorded`).to.be.a('string');
        checkArtifacts(plan, id, moduleOf(plan, name), branch.kind, result);
      }
    }
  });

  it('starts no pod for a stage it skips (when is evaluated before the agent)', () => {
    for (const [id, result] of results) expect(podsForSkippedStages(result), id).to.deep.equal([]);
  });

  it('acts on an environment (deploy, rollback, smoke and integration tests, blessing) only under its lock, taken once, after a milestone', () => {
    const lockOf = (environment: string) => `${plan.model.project.name}-${environment}`;
    for (const [id, result] of results) {
      const acquired = steps(result, 'lock');
      const resources = acquired.map((e) => (e.args as { resource?: string }).resource ?? '');
      expect(resources, `${id}: one acquisition per environment lock`).to.deep.equal([...new Set(resources)]);
      for (const lock of acquired) expect(lock.node, `${id}: waits for ${String(lock.args)} in an agent`).to.equal(null);
      for (const action of actsOnEnvironment(result)) {
        const resource = lockOf(environmentOf(plan, action.event));
        const label = `${id}: ${action.what}`;
        expect(action.event.locks, `${label} outside the lock ${resource}`).to.include(resource);
        const lock = acquired.find((e) => (e.args as { resource?: string }).resource === resource);
        expect(lock, `${label}: lock ${resource} never taken`).to.not.equal(undefined);
        const milestones = steps(result, 'milestone').filter((m) => m.seq < (lock?.seq ?? -1) && !m.locks?.includes(resource));
        expect(milestones, `${label}: no milestone before the lock ${resource} was taken`).to.not.be.empty;
      }
    }
  });

  it('blesses the release PR build and runs integration tests under the lock (the check above is not vacuous)', () => {
    for (const name of modules) {
      const release = run(`${name} PR-34 staging -> master`);
      const blessing = actsOnEnvironment(release).filter((a) => a.what === 'bless label');
      expect(blessing, name).to.have.length(1);
      const staging = buildOf(plan, name, 'staging').stages.filter((s) => s.skipReason === undefined).map((s) => s.id);
      const expected = [['deploy', 'helmDeploy'], ['smokeTests', 'gatehouseSmokeTests'], ['integrationTests', 'gatehouseIntegrationTests']]
        .filter(([stage]) => staging.includes(stage as BuildPlan['stages'][number]['id'])).map(([, call]) => call);
      expect(expected, name).to.not.be.empty;
      expect(actsOnEnvironment(run(`${name} staging`)).map((a) => a.what), name).to.include.members(expected);
    }
  });

  it('asks for approvals without holding an agent', () => {
    for (const [id, result] of results) {
      for (const input of steps(result, 'input')) expect(input.node, `${id}: input inside an agent`).to.equal(null);
    }
  });

  it('never passes a secret value in an sh argument (or any other step argument), in any scenario', () => {
    for (const [id, result] of results) {
      expect(result.secrets, id).to.not.be.empty;
      expect(secretLeaks(result), id).to.deep.equal([]);
    }
  });

  it('never calls a step Jenkins does not have', () => {
    for (const [id, result] of results) {
      expect(result.events.filter((e) => e.type === 'error'), id).to.deep.equal([]);
    }
  });

  /** Plan stages that must not run once the build failed at or before the quality gate. */
  const afterGate = (name: string): string[] => stagesAfter(buildOf(plan, name, 'staging'), 'Quality gate');

  it('stops after failing unit tests but still publishes the reports and tells Slack', () => {
    for (const name of modules) {
      const id = `${name} unit tests fail`;
      const result = run(id);
      const module = plan.modules.find((m) => m.module.name === name)?.module as Module;
      const observed = observe(result);
      expect(result.result, id).to.equal('FAILURE');
      expect(observed.stagesEntered, id).to.include('Unit tests');
      for (const later of afterGate(name)) expect(observed.stagesEntered, id).to.not.include(later);
      expect(steps(result, 'junit').map((e) => (e.args as { testResults?: string }).testResults), id).to.include(module.unitTests.junit);
      expect(observed.imagePushes, id).to.deep.equal([]);
      expect(observed.namespacesDeployed, id).to.deep.equal([]);
      expect(observed.slack, id).to.not.be.empty;
    }
  });

  it('stops when the scan exceeds the thresholds: nothing pushed or deployed, Slack told', () => {
    for (const name of modules) {
      const id = `${name} scan over thresholds`;
      const result = run(id);
      const observed = observe(result);
      expect(result.result, id).to.equal('FAILURE');
      expect(observed.stagesEntered, id).to.include('Vulnerability scan');
      for (const later of afterGate(name)) expect(observed.stagesEntered, id).to.not.include(later);
      expect(observed.imagePushes, id).to.deep.equal([]);
      expect(observed.chartPushes, id).to.deep.equal([]);
      expect(observed.namespacesDeployed, id).to.deep.equal([]);
      expect(observed.slack, id).to.not.be.empty;
    }
  });

  it('stops when the gate judges nothing (exit 1 with problems, no channel), instead of reading it as a rejection', () => {
    for (const name of modules) {
      const id = `${name} gate cannot judge`;
      const result = run(id);
      const observed = observe(result);
      expect(result.result, id).to.equal('FAILURE');
      expect(result.error ?? '', id).to.contain('gatehouse gate could not judge the build (exit 1)');
      expect(observed.imagePushes, id).to.deep.equal([]);
      expect(observed.namespacesDeployed, id).to.deep.equal([]);
    }
  });

  it('stops before pushing anything when the gatehouse CLI image knows another version than the committed chart', () => {
    for (const name of modules) {
      const id = `${name} stale CLI image`;
      const result = run(id);
      const observed = observe(result);
      expect(result.result, id).to.equal('FAILURE');
      expect(result.error ?? '', id).to.contain('rebuild that image from the current modules.yaml');
      expect(observed.imagePushes, id).to.deep.equal([]);
      expect(observed.chartPushes, id).to.deep.equal([]);
      expect(observed.namespacesDeployed, id).to.deep.equal([]);
    }
  });

  it('rolls back to the last good revision when a deploy fails, and tells Slack', () => {
    for (const name of modules) {
      const id = `${name} deploy fails`;
      const result = run(id);
      const staging = buildOf(plan, name, 'staging');
      const rollbacks = varCalls(result, 'helmRollback');
      expect(result.result, id).to.equal('FAILURE');
      expect(rollbacks, id).to.have.length(1);
      const args = (rollbacks[0]?.args as Record<string, unknown>[])[0];
      expect(args?.namespace, id).to.equal(staging.namespace);
      // helm history (scenarios.ts) says revision 7 is current and 6 the last good one before it.
      const rollback = steps(result, 'sh').find((e) => /helm rollback/.test(JSON.stringify(e.args)));
      expect(Object.entries(rollback?.env ?? {}).filter(([k, v]) => /REVISION/.test(k) && v === '6'), id).to.have.length(1);
      expect(observe(result).stagesEntered, id).to.not.include('Integration tests');
      const deployFailed = steps(result, 'sh').findIndex((e) => e.exitCode === 1);
      expect(steps(result, 'slackSend').some((e) => e.seq > (steps(result, 'sh')[deployFailed]?.seq ?? Infinity)), id).to.equal(true);
    }
  });

  it('deploys nothing when an approver rejects the production release', () => {
    for (const name of modules) {
      const id = `${name} production approval rejected`;
      const result = run(id);
      const observed = observe(result);
      expect(result.result, id).to.equal('ABORTED');
      expect(steps(result, 'input').at(-1)?.outcome, id).to.equal('reject');
      expect(observed.namespacesDeployed, id).to.deep.equal([]);
      expect(steps(result, 'sh').filter((e) => /helm (upgrade|rollback)/.test(JSON.stringify(e.args))), id).to.deep.equal([]);
      expect(observed.stagesEntered, id).to.not.include('Deploy');
    }
  });
});
