// Every module's Jenkinsfile run in the declarative harness for every kind of branch and the
// failure scenarios (test/harness/scenario-cases.ts): what it does equals the Plan, and the
// invariants hold over every run. Slack endings: notifications.test.ts; helm: rollback.test.ts.
import { expect } from 'chai';
import { parse } from 'yaml';
import type { Module } from '../../src/model/types.js';
import type { BuildPlan, Plan } from '../../src/plan/types.js';
import { expectedFor, stagesAfter } from '../harness/expectations.js';
import { observe, podsForSkippedStages, secretLeaks, steps, varCalls } from '../harness/observe.js';
import type { RunResult, TraceEvent } from '../harness/pipeline-run.js';
import type { PodManifest } from '../harness/pod-security.js';
import { baselineViolations } from '../harness/pod-security.js';
import type { Case } from '../harness/scenario-cases.js';
import { buildOf, moduleOf } from '../harness/scenario-cases.js';
import { loadScenarioRuns } from '../harness/scenario-runs.js';
import { BRANCH_CASES, blessedOf, PUSHED_DIGEST, TREE, versionOf } from '../harness/scenarios.js';
import { SLOW_TEST_TIMEOUT_MS } from '../harness/timeouts.js';

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
  // Every deploy pins the image: to the digest this build pushed, or, promoting, the one the blessed revision ran.
  const digest = kind === 'master' ? blessedOf(module).imageDigest : PUSHED_DIGEST;
  for (const deploy of varCalls(result, 'helmDeploy')) expect((deploy.args as Record<string, unknown>[])[0]?.imageDigest, `${id}: image digest`).to.equal(digest);
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
  this.timeout(SLOW_TEST_TIMEOUT_MS);
  let plan: Plan;
  let modules: string[];
  let cases: Case[];
  let results: Map<string, RunResult>;
  let run: (id: string) => RunResult;

  before(async () => {
    ({ plan, modules, cases, results, run } = await loadScenarioRuns());
  });

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

  it('tags the release on GitHub after a passed production deploy, the token bound only as GITHUB_TOKEN', () => {
    const tagCalls = (result: RunResult) => steps(result, 'sh').filter((e) => /gatehouse release tag/.test(JSON.stringify(e.args)));
    const { credentialsId } = plan.model.project.github;
    for (const name of modules) {
      const [tag, ...more] = tagCalls(run(`${name} master`));
      expect(more, name).to.deep.equal([]);
      expect(tag?.container, name).to.equal('node');
      expect(tag?.credentials, name).to.deep.include({ variable: 'GITHUB_TOKEN', credentialsId });
      expect(tag?.env?.GATEHOUSE_TAG_SHA, name).to.match(/^[0-9a-f]{40}$/);
      for (const other of ['staging', 'PR-34 staging -> master', 'feature/x', 'production approval rejected']) {
        expect(tagCalls(run(`${name} ${other}`)), `${name} ${other}`).to.deep.equal([]);
      }
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
      expectNothingShipped(observed, id);
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
