// The scenarios the pipeline tests run, built from the Plan: every module's branch builds, the
// failure scenarios, the Slack and approval endings, and helm's rollback edge cases. All of them
// run in one harness call (scenario-runs.ts); the test files read the runs they are about.
import type { Module } from '../../src/model/types.js';
import type { BuildPlan, Plan } from '../../src/plan/types.js';
import { expectedFor } from './expectations.js';
import type { Scenario, ShRule } from './pipeline-run.js';
import type { Revision } from './scenarios.js';
import { BRANCH_CASES, buildScenario, gateFailureRule, gateRule, historyRules, LIVE_HISTORY } from './scenarios.js';

export const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface Case {
  id: string;
  module: Module;
  build: BuildPlan;
  scenario: Scenario;
}

export function moduleOf(plan: Plan, name: string): Module {
  const module = plan.modules.find((m) => m.module.name === name)?.module;
  if (!module) throw new Error(`no module ${name} in the plan`);
  return module;
}

export function buildOf(plan: Plan, module: string, kind: BuildPlan['kind']): BuildPlan {
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
    // The registry has the image tag already.
    cases.push({
      id: `${name} image tag exists`, module, build: staging,
      scenario: buildScenario(model, module, stagingEnv, [{ name: 'tag exists', match: '/manifests/', exitCode: 1 }]),
    });
    // The CLI image's modules.yaml is older than the module's committed chart.
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


/** The first module whose staging and master builds both deploy (every module, in the example). */
export function rollbackModule(plan: Plan, modules: readonly string[]): string {
  const found = modules.find((name) => (['staging', 'master'] as const).every((kind) => expectedFor(buildOf(plan, name, kind)).deploys));
  if (!found) throw new Error('no module deploys on staging and master');
  return found;
}

/** Every scenario of the pipeline tests. */
export function allCases(plan: Plan, modules: string[]): Case[] {
  return [...casesFor(plan, modules), ...rollbackCases(plan, rollbackModule(plan, modules))];
}
