import { expect } from 'chai';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Module } from '../../src/model/types.js';
import type { BuildPlan, Plan } from '../../src/plan/types.js';
import { expectedFor, stagesAfter } from '../harness/expectations.js';
import { observe, podsForSkippedStages, secretLeaks, steps, varCalls } from '../harness/observe.js';
import type { RunRequest, RunResult, Scenario, ShRule, TraceEvent } from '../harness/pipeline-run.js';
import type { PodManifest } from '../harness/pod-security.js';
import { baselineViolations } from '../harness/pod-security.js';
import { runPipelines } from '../harness/pipeline-run.js';
import { loadPipelineTree } from '../harness/pipeline-source.js';
import type { Revision } from '../harness/scenarios.js';
import { BRANCH_CASES, blessedOf, buildScenario, gateRule, historyRules, LIVE_HISTORY, TREE, versionOf } from '../harness/scenarios.js';

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
    // The CLI image's modules.yaml is older than the module's committed chart.
    cases.push({
      id: `${name} image tag exists`, module, build: staging,
      scenario: buildScenario(model, module, stagingEnv, [{ name: 'tag exists', match: '/manifests/', exitCode: 1 }]),
    });
    cases.push({
      id: `${name} stale CLI image`, module, build: staging,
      scenario: buildScenario(model, module, stagingEnv, [{ name: 'older chart', match: 'chart/Chart.yaml', stdout: '0.0.1\n' }]),
    });
    // helm --atomic's own rollback failed too: helm records the failed upgrade as superseded and
    // the rollback as failed (pkg/action/rollback.go), and revision 7 is still the live one.
    const atomicFailed: Revision[] = [
      ...LIVE_HISTORY,
      { revision: 8, status: 'superseded', description: `Upgrade "${name}" failed: timed out waiting for the condition` },
      { revision: 9, status: 'failed', description: `Rollback "${name}" failed: timed out waiting for the condition` },
    ];
    const upgradeFails = { match: 'helm upgrade', exitCode: 1 };
    cases.push({ id: `${name} deploy fails`, module, build: staging, scenario: buildScenario(model, module, stagingEnv, [upgradeFails, ...historyRules(LIVE_HISTORY, atomicFailed)]) });
    // Slack answers ok: false: routine news is lost without failing a good deploy; an alert never
    // hides the deploy's own error.
    cases.push({ id: `${name} Slack down`, module, build: staging, scenario: { ...buildScenario(model, module, stagingEnv), slack: { down: true } } });
    cases.push({
      id: `${name} Slack down, deploy fails`, module, build: staging,
      scenario: { ...buildScenario(model, module, stagingEnv, [upgradeFails, ...historyRules(LIVE_HISTORY, atomicFailed)]), slack: { down: true } },
    });
    const master = buildOf(plan, name, 'master');
    const gates = master.stages.find((s) => s.id === 'approve')?.approvals ?? [];
    const rejecting = buildScenario(model, module, { BRANCH_NAME: 'master' });
    rejecting.inputs = [
      ...gates.slice(0, -1).map(() => ({ match: '[\\s\\S]*', action: 'approve' as const, user: '$submitter', once: true })),
      { match: '[\\s\\S]*', action: 'reject', user: '$submitter' },
    ];
    cases.push({ id: `${name} production approval rejected`, module, build: master, scenario: rejecting });
    // The second approver never answers: the 24-hour timeout around the approvals expires.
    const timingOut = buildScenario(model, module, { BRANCH_NAME: 'master' });
    timingOut.inputs = [
      { match: '[\\s\\S]*', action: 'approve', user: '$submitter', once: true },
      { match: '[\\s\\S]*', action: 'timeout' },
    ];
    cases.push({ id: `${name} production approval times out`, module, build: master, scenario: timingOut });
    // The release PR build passes its first gate but is only beta once the integration tests count.
    const releasePr = BRANCH_CASES.find((c) => c.kind === 'prMerge')?.env ?? {};
    const notStable = { ...gateRule(module, 'beta'), env: { GATEHOUSE_GATE_REQUIRE: '^stable$' }, exitCode: 1 };
    cases.push({ id: `${name} release PR not blessed`, module, build: buildOf(plan, name, 'prMerge'), scenario: buildScenario(model, module, releasePr, [notStable]) });
  }
  return cases;
}

/**
 * What helm leaves behind, for the first module that deploys on staging and to production: each
 * rollback edge case once (the library code is the same for every module).
 */
function rollbackCases(plan: Plan, name: string): Case[] {
  const module = moduleOf(plan, name);
  const staging = buildOf(plan, name, 'staging');
  const master = buildOf(plan, name, 'master');
  const stagingEnv = BRANCH_CASES.find((c) => c.kind === 'staging')?.env ?? {};
  const failedUpgrade = { revision: 8, status: 'failed', description: `Upgrade "${name}" failed: timed out waiting for the condition` };
  const pendingUpgrade = { revision: 8, status: 'pending-upgrade', description: 'Preparing upgrade' };
  const on = (id: string, build: BuildPlan, env: Record<string, string>, rules: ShRule[]): Case =>
    ({ id: `${name} ${id}`, module, build, scenario: buildScenario(plan.model, module, env, rules) });
  const upgrade = (exitCode: number, interrupt?: ShRule['interrupt']): ShRule => ({ match: 'helm upgrade', exitCode, ...(interrupt ? { interrupt } : {}) });
  const atomicRestored = [
    { ...LIVE_HISTORY[0]!, status: 'superseded' }, { ...LIVE_HISTORY[1]!, status: 'superseded' }, failedUpgrade,
    { revision: 9, status: 'deployed', description: 'Rollback to 7' },
  ];
  return [
    on('first install fails', staging, stagingEnv, [upgrade(1), ...historyRules([], [])]),
    on('deploy fails, --atomic restored', staging, stagingEnv, [upgrade(1), ...historyRules(LIVE_HISTORY, atomicRestored)]),
    on('deploy killed by the stage timeout', staging, stagingEnv, [upgrade(0, 'timeout'), ...historyRules(LIVE_HISTORY, [...LIVE_HISTORY, pendingUpgrade])]),
    on('deploy after a killed one', staging, stagingEnv, historyRules([...LIVE_HISTORY, pendingUpgrade], LIVE_HISTORY)),
    on('deploy after a killed first install', staging, stagingEnv,
      historyRules([{ revision: 1, status: 'pending-install', description: 'Initial install underway' }], [])),
    on('smoke tests fail', master, { BRANCH_NAME: 'master' }, [
      { any: escapeRegex(module.smokeTests.command), exitCode: 1 },
      ...historyRules(LIVE_HISTORY, [{ ...LIVE_HISTORY[0]! }, { ...LIVE_HISTORY[1]!, status: 'superseded' }, { revision: 8, status: 'deployed', description: 'Upgrade complete' }]),
    ]),
  ];
}

/** Images and charts carry the names and versions the model and the version CLI give; master promotes. */
function checkArtifacts(plan: Plan, id: string, module: Module, branch: (typeof BRANCH_CASES)[number], result: RunResult): void {
  const { dockerHub, charts } = plan.model.project;
  const kind = branch.kind;
  const version = versionOf(module, branch.env);
  const image = `${dockerHub.registry}/${dockerHub.namespace}/${module.name}:${version.imageTag}`;
  if (observe(result).imagePushes.length > 0) {
    const guard = steps(result, 'sh').find((e) => (e.args as { label?: string }).label === 'Refuse to overwrite an image tag');
    expect(guard?.env?.GATEHOUSE_IMAGE, `${id}: the registry is asked before the push`).to.equal(image);
    expect(guard!.seq, id).to.be.lessThan(observe(result).imagePushes[0]!.seq);
  }
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

/** A build that stopped before it shipped: no image, no chart, no deploy. */
function expectNothingShipped(observed: ReturnType<typeof observe>, id: string): void {
  expect([observed.imagePushes, observed.chartPushes, observed.namespacesDeployed], `${id}: image, chart, deploys`).to.deep.equal([[], [], []]);
}

/** helmRollback calls after a failure (not the check for a pending release before each deploy). */
function rollbacks(result: RunResult): TraceEvent[] {
  return varCalls(result, 'helmRollback').filter((e) => (e.args as Record<string, unknown>[])[0]?.pendingOnly !== true);
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
    cases = [...casesFor(plan, modules), ...rollbackCases(plan, rollbackModule())];
    const requests: RunRequest[] = cases.map((c) => ({
      id: c.id,
      library: join(tree.root, 'library'),
      jenkinsfile: join(tree.root, 'modules', c.module.name, 'Jenkinsfile'),
      scenario: c.scenario,
    }));
    for (const result of await runPipelines(requests)) results.set(result.id, result);
  });

  /** The first module whose staging and master builds both deploy (every module, in the example). */
  const rollbackModule = (): string => {
    const found = modules.find((name) => ['staging', 'master'].every((kind) => expectedFor(buildOf(plan, name, kind as BuildPlan['kind'])).deploys));
    if (!found) throw new Error('no module deploys on staging and master');
    return found;
  };

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
        checkArtifacts(plan, id, moduleOf(plan, name), branch, result);
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

  it('starts the deploy groups in pods that Pod Security baseline admits (no BuildKit), and runs each test command in the module image', () => {
    let deployPods = 0;
    let testCommands = 0;
    for (const c of cases) {
      const result = run(c.id);
      const pods = new Map(result.events.filter((e) => e.type === 'agent').map((e) => [e.path?.[0] ?? '', parse(String((e.agent as { yaml?: unknown }).yaml)) as PodManifest]));
      for (const [group, pod] of pods) {
        const names = pod.spec.containers.map((container) => container.name);
        if (group.startsWith('Deploy and test')) {
          deployPods++;
          expect(baselineViolations(pod), `${c.id}: ${group}`).to.deep.equal([]);
          expect(names, `${c.id}: ${group}`).to.not.include('build');
        } else {
          expect(names, `${c.id}: ${group}`).to.include('build');
        }
      }
      for (const [tests, group] of [[c.module.unitTests, 'Build and verify'], [c.module.integrationTests, 'Deploy and test']] as const) {
        for (const command of steps(result, 'sh').filter((e) => (e.args as { script?: string }).script === tests.command)) {
          testCommands++;
          expect(command.container, `${c.id}: ${tests.command}`).to.equal('tests');
          const pod = [...pods].find(([name]) => name.startsWith(group) && name === command.stage?.[0])?.[1];
          const image = pod?.spec.containers.find((container) => container.name === 'tests') as { image?: string } | undefined;
          expect(image?.image, `${c.id}: image of ${tests.command}`).to.equal(tests.image);
        }
      }
    }
    expect([deployPods, testCommands].every((n) => n > modules.length), 'deploy pods and test commands seen').to.equal(true);
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

  it('posts every Slack message as the bot user with the project token and channel, decides failOnError, and Slack takes it', () => {
    const { channel, credentialsId } = plan.model.project.slack;
    let posts = 0;
    for (const [id, result] of results) {
      for (const post of steps(result, 'slackSend')) {
        const args = post.args as Record<string, unknown>;
        const label = `${id}: ${String(args.message)}`;
        expect([args.botUser, args.tokenCredentialId, args.channel, typeof args.failOnError], label).to.deep.equal([true, credentialsId, channel, 'boolean']);
        if (!id.includes('Slack down')) expect(post.delivered, `${label} (${String(post.problem)})`).to.equal(true);
        posts++;
      }
    }
    expect(posts, "Slack posts seen").to.be.greaterThan(modules.length);
  });

  it('does not fail a good deploy when Slack loses its routine notice, and keeps the deploy error when Slack loses an alert', () => {
    for (const name of modules) {
      const down = run(`${name} Slack down`);
      expect(down.result, `${name}: ${down.error}`).to.equal('SUCCESS');
      expect(steps(down, 'slackSend').map((e) => [(e.args as { failOnError?: boolean }).failOnError, e.delivered])).to.deep.include([false, false]);
      const failed = run(`${name} Slack down, deploy fails`);
      expect(failed.result, name).to.equal('FAILURE');
      expect(failed.error, name).to.contain('script returned exit code 1');
      expect(rollbacks(failed), name).to.have.length(1);
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
      expectNothingShipped(observed, id);
      expect(observed.slack, id).to.not.be.empty;
    }
  });

  it('stops before pushing anything when the gatehouse CLI image knows another version than the committed chart', () => {
    for (const name of modules) {
      const id = `${name} stale CLI image`;
      const result = run(id);
      const observed = observe(result);
      expect(result.result, id).to.equal('FAILURE');
      expect(result.error ?? '', id).to.contain('rebuild that image from the current modules.yaml');
      expectNothingShipped(observed, id);
    }
  });

  it('never overwrites an image tag: a tag the registry has stops the build before anything is pushed', () => {
    for (const name of modules) {
      const id = `${name} image tag exists`;
      const result = run(id);
      const observed = observe(result);
      expect(result.result, id).to.equal('FAILURE');
      expect(observed.stagesEntered, id).to.include('Push image');
      expectNothingShipped(observed, id);
    }
  });

  it('rolls back to the last good revision when a deploy fails, and tells Slack', () => {
    for (const name of modules) {
      const id = `${name} deploy fails`;
      const result = run(id);
      const staging = buildOf(plan, name, 'staging');
      const calls = rollbacks(result);
      expect(result.result, id).to.equal('FAILURE');
      expect(calls, id).to.have.length(1);
      const args = (calls[0]?.args as Record<string, unknown>[])[0];
      expect(args?.namespace, id).to.equal(staging.namespace);
      // helm history: --atomic's rollback failed (9), the upgrade (8) failed, 7 is the last good one.
      const rollback = steps(result, 'sh').find((e) => /helm rollback/.test(JSON.stringify(e.args)));
      expect(rollback?.env?.HELM_ROLLBACK_REVISION, id).to.equal('7');
      expect(rollback?.env?.HELM_WAIT, id).to.equal('--wait');
      expect(observe(result).stagesEntered, id).to.not.include('Integration tests');
      const deployFailed = steps(result, 'sh').findIndex((e) => e.exitCode === 1);
      const told = steps(result, 'slackSend').filter((e) => e.seq > (steps(result, 'sh')[deployFailed]?.seq ?? Infinity));
      expect(told.map((e) => (e.args as { failOnError?: boolean }).failOnError), `${id}: rollback and failure are alerts`).to.deep.equal([true, true]);
    }
  });

  it('tells Slack before each approval who may approve what, with a link to the input', () => {
    for (const name of modules) {
      const id = `${name} master`;
      const result = run(id);
      const module = moduleOf(plan, name);
      const gates = buildOf(plan, name, 'master').stages.find((s) => s.id === 'approve')?.approvals ?? [];
      const inputs = steps(result, 'input');
      const asks = steps(result, 'slackSend').filter((e) => String((e.args as { message?: string }).message).includes('Approval'));
      expect(asks, id).to.have.length(gates.length).and.length(inputs.length);
      asks.forEach((ask, i) => {
        const args = ask.args as { message: string; failOnError: boolean };
        const gate = gates[i]!;
        expect(ask.seq, `${id}: told before input ${i}`).to.be.lessThan(inputs[i]!.seq);
        expect(args.failOnError, id).to.equal(true);
        for (const fact of [`*${gate.role}*`, gate.submitters.join(','), `*${name}*`, blessedOf(module).appVersion, 'production', `<https://jenkins.example/job/${name}/42/input/|`]) {
          expect(args.message, `${id}: approval ${gate.role}`).to.contain(fact);
        }
      });
    }
  });

  it('tells Slack why a build ended ABORTED (approval rejected or timed out) or UNSTABLE (not blessed)', () => {
    const endings = (result: RunResult) => steps(result, 'slackSend').map((e) => (e.args as { message: string }).message).filter((m) => /Aborted|Unstable/.test(m));
    for (const name of modules) {
      const gates = buildOf(plan, name, 'master').stages.find((s) => s.id === 'approve')?.approvals ?? [];
      const rejected = run(`${name} production approval rejected`);
      const last = gates.at(-1)!;
      expect(endings(rejected), name).to.have.length(1);
      expect(endings(rejected)[0], name).to.match(new RegExp(`^:octagonal_sign: Aborted: \\*${name}\\* .*: the ${last.role} approval was not given \\(Rejected by ${last.submitters[0]!}\\)\\.$`));
      const timedOut = run(`${name} production approval times out`);
      expect(timedOut.result, name).to.equal('ABORTED');
      expect(observe(timedOut).namespacesDeployed, name).to.deep.equal([]);
      expect(endings(timedOut), name).to.have.length(1);
      expect(endings(timedOut)[0], name).to.match(new RegExp(`^:octagonal_sign: Aborted: \\*${name}\\* .*: the ${gates[1]!.role} approval was not given \\(Timeout has been exceeded\\)\\.$`));
      const unblessed = run(`${name} release PR not blessed`);
      expect(unblessed.result, name).to.equal('UNSTABLE');
      expect(steps(unblessed, 'sh').filter((e) => /kubectl label/.test(JSON.stringify(e.args))), name).to.deep.equal([]);
      expect(endings(unblessed), name).to.have.length(1);
      expect(endings(unblessed)[0], name).to.contain(`:warning: Unstable: *${name}*`).and.contain(`${name} is beta, not stable: not blessed, master cannot promote it.`);
      expect(endings(run(`${name} staging`)), `${name}: a good build says nothing of the kind`).to.deep.equal([]);
    }
  });

  describe('rollback edge cases: what helm leaves behind', () => {
    const name = (): string => rollbackModule();
    const helmCalls = (result: RunResult) => steps(result, 'sh').map((e) => String((e.args as { label?: string }).label ?? '')).filter((l) => /^helm (upgrade|rollback|uninstall)/.test(l));
    const alerts = (result: RunResult) => observe(result).slack.map((m) => m.message);

    it('a failed first install that --atomic removed: nothing to roll back, and no cry for a human', () => {
      const result = run(`${name()} first install fails`);
      expect(result.result).to.equal('FAILURE');
      expect(helmCalls(result)).to.deep.equal([`helm upgrade --install ${name()}`]);
      expect(alerts(result).join('\n')).to.contain('Deploy failed for').and.contain('helm --atomic removed a failed first install; nothing to roll back').and.not.contain('Needs a human');
    });

    it('after --atomic restored the last good revision, adds no revision of its own', () => {
      const result = run(`${name()} deploy fails, --atomic restored`);
      expect(result.result).to.equal('FAILURE');
      expect(helmCalls(result)).to.deep.equal([`helm upgrade --install ${name()}`]);
      expect(alerts(result).join('\n')).to.contain('revision 9 is live and good (a rollback to 7); nothing to roll back').and.not.contain('Needs a human');
    });

    it('a deploy killed by the stage timeout: rolls the pending upgrade back at once, without waiting, and says why it stopped', () => {
      const result = run(`${name()} deploy killed by the stage timeout`);
      expect(result.result).to.equal('ABORTED');
      expect(helmCalls(result)).to.deep.equal([`helm upgrade --install ${name()}`, `helm rollback ${name()}`]);
      const rollback = steps(result, 'sh').find((e) => /helm rollback/.test(JSON.stringify(e.args)));
      expect([rollback?.env?.HELM_ROLLBACK_REVISION, rollback?.env?.HELM_WAIT, rollback?.env?.HELM_TIMEOUT]).to.deep.equal(['7', '', '1m']);
      const said = alerts(result).join('\n');
      expect(said).to.contain('Deploy to staging was interrupted (Timeout has been exceeded) for').and.contain('rolling back to revision 7').and.contain('without waiting for the pods');
      expect(said).to.contain(':octagonal_sign: Aborted:').and.not.contain('Needs a human');
    });

    it('the next deploy recovers a release left pending-upgrade (helm upgrade would refuse it) before it upgrades', () => {
      const result = run(`${name()} deploy after a killed one`);
      expect(result.result, String(result.error)).to.equal('SUCCESS');
      expect(helmCalls(result)).to.deep.equal([`helm rollback ${name()}`, `helm upgrade --install ${name()}`]);
      const rollback = steps(result, 'sh').find((e) => /helm rollback/.test(JSON.stringify(e.args)));
      expect([rollback?.env?.HELM_ROLLBACK_REVISION, rollback?.env?.HELM_WAIT]).to.deep.equal(['7', '--wait']);
      expect(alerts(result)[0]).to.contain(':wrench: Before deploying').and.contain('revision 8 is pending-upgrade; rolling back to revision 7');
    });

    it('the next deploy uninstalls a first install left pending-install, then installs', () => {
      const result = run(`${name()} deploy after a killed first install`);
      expect(result.result, String(result.error)).to.equal('SUCCESS');
      expect(helmCalls(result)).to.deep.equal([`helm uninstall ${name()}`, `helm upgrade --install ${name()}`]);
    });

    it('failed smoke tests roll away from the revision just deployed, to the one before', () => {
      const result = run(`${name()} smoke tests fail`);
      expect(result.result).to.equal('FAILURE');
      const rollback = steps(result, 'sh').find((e) => /helm rollback/.test(JSON.stringify(e.args)));
      expect([rollback?.env?.HELM_ROLLBACK_REVISION, rollback?.env?.HELM_WAIT]).to.deep.equal(['7', '--wait']);
      expect(rollbacks(result).map((e) => (e.args as Record<string, unknown>[])[0]?.abandon)).to.deep.equal(['8']);
      expect(alerts(result).join('\n')).to.contain(':rewind: Smoke tests failed for');
    });
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
