// The harness itself, proven on small Jenkinsfiles against the semantics Jenkins documents and
// implements (pipeline-model-definition's ModelInterpreter, BuildCondition, Comparator).
import { expect } from 'chai';
import { join } from 'node:path';
import { HARNESS_DIR } from '../harness/groovy-process.js';
import { podsForSkippedStages, secretLeaks, steps } from '../harness/observe.js';
import type { RunResult, Scenario } from '../harness/pipeline-run.js';
import { runPipelines } from '../harness/pipeline-run.js';
import { SLOW_TEST_TIMEOUT_MS } from '../harness/timeouts.js';

const FIXTURES = join(HARNESS_DIR, 'fixtures', 'semantics');
const LIBRARY = join(HARNESS_DIR, 'fixtures', 'library');

const CASES: Record<string, { file: string; scenario: Scenario }> = {
  'staging': { file: 'when-and-agents', scenario: { env: { BRANCH_NAME: 'staging', DEPLOY: 'yes' }, users: { sam: ['sre-team'] }, inputs: [{ match: '.*', user: 'sam' }] } },
  'feature/x': { file: 'when-and-agents', scenario: { env: { BRANCH_NAME: 'feature/x' }, inputs: [{ match: '.*', user: '$submitter' }] } },
  'feature/x/y': { file: 'when-and-agents', scenario: { env: { BRANCH_NAME: 'feature/x/y' }, inputs: [{ match: '.*', user: '$submitter' }] } },
  'RELEASE/1/2': { file: 'when-and-agents', scenario: { env: { BRANCH_NAME: 'RELEASE/1/2' }, inputs: [{ match: '.*', user: '$submitter' }] } },
  'release PR': {
    file: 'when-and-agents',
    scenario: { env: { BRANCH_NAME: 'PR-5', CHANGE_ID: '5', CHANGE_TARGET: 'master', CHANGE_BRANCH: 'staging', DEPLOY: 'yes' }, inputs: [{ match: '.*', user: '$submitter' }] },
  },
  'release PR, other case': {
    file: 'when-and-agents',
    scenario: { env: { BRANCH_NAME: 'PR-6', CHANGE_ID: '6', CHANGE_TARGET: 'master', CHANGE_BRANCH: 'Staging' }, inputs: [{ match: '.*', user: '$submitter' }] },
  },
  'master': { file: 'when-and-agents', scenario: { env: { BRANCH_NAME: 'master' }, users: { sam: ['sre-team'] }, inputs: [{ match: '.*', user: 'sam' }] } },
  'hotfix': { file: 'when-and-agents', scenario: { env: { BRANCH_NAME: 'hotfix-1' }, inputs: [{ match: '.*', user: '$submitter' }] } },
  'master, not allowed': { file: 'when-and-agents', scenario: { env: { BRANCH_NAME: 'master' }, users: { eve: ['devs'] }, inputs: [{ match: '.*', user: 'eve' }] } },
  'master, rejected': { file: 'when-and-agents', scenario: { env: { BRANCH_NAME: 'master' }, inputs: [{ match: '.*', user: '$submitter', action: 'reject' }] } },
  'post: fails after success': { file: 'post-order', scenario: { env: { BRANCH_NAME: 'main' }, previousResult: 'SUCCESS', sh: [{ match: 'make', exitCode: 2 }] } },
  'post: fixed': { file: 'post-order', scenario: { env: { BRANCH_NAME: 'main' }, previousResult: 'FAILURE' } },
  'post: steady': { file: 'post-order', scenario: { env: { BRANCH_NAME: 'main' }, previousResult: 'SUCCESS' } },
  'lock: staging': { file: 'stage-lock', scenario: { env: { BRANCH_NAME: 'staging' } } },
  'lock: feature': { file: 'stage-lock', scenario: { env: { BRANCH_NAME: 'feature/x' } } },
  'slack': { file: 'slack', scenario: { env: { BRANCH_NAME: 'main' }, credentials: { 'slack-bot-token': { type: 'string' } } } },
  'slack down': { file: 'slack', scenario: { env: { BRANCH_NAME: 'main' }, credentials: { 'slack-bot-token': { type: 'string' } }, slack: { down: true } } },
};
const CREDENTIALS: Scenario['credentials'] = { registry: { type: 'usernamePassword' }, token: { type: 'string' } };
for (const [branch, extra] of Object.entries({
  'main': {},
  'leaky': {},
  'no-agent': {},
  'unknown-step': {},
  'caught': { sh: [{ match: '^exit 3$', exitCode: 3 }] },
  'container': {},
  'tests fail': { junit: [{ match: '.*', failed: 2 }] },
  'fail fast': { sh: [{ match: '^left$', exitCode: 1 }] },
} as Record<string, Partial<Scenario>>)) {
  CASES[`failures: ${branch}`] = { file: 'failures', scenario: { env: { BRANCH_NAME: branch.split(' ')[0] ?? branch }, credentials: CREDENTIALS, ...extra } };
}

const entered = (run: RunResult): string[] => run.events.filter((e) => e.type === 'stage' && e.status === 'entered').map((e) => e.name ?? '');
const skipped = (run: RunResult): Record<string, string> =>
  Object.fromEntries(run.events.filter((e) => e.type === 'stage' && e.status === 'skipped').map((e) => [e.name ?? '', e.reason ?? '']));
const echoes = (run: RunResult): string[] => steps(run, 'echo').map((e) => String((e.args as { message: unknown }).message));
const inputIds = (run: RunResult): string[] => steps(run, 'input').map((e) => String((e.args as { id: unknown }).id));

describe('harness: declarative semantics on small Jenkinsfiles', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS);
  const runs = new Map<string, RunResult>();

  before(async () => {
    const ids = Object.keys(CASES);
    const results = await runPipelines(
      ids.map((id) => ({ id, library: LIBRARY, jenkinsfile: join(FIXTURES, `${CASES[id]?.file}.Jenkinsfile`), scenario: CASES[id]?.scenario as Scenario })),
    );
    for (const result of results) runs.set(result.id, result);
  });

  const run = (id: string, harnessError = false): RunResult => {
    const result = runs.get(id) as RunResult;
    if (!harnessError) expect(result.harnessError, id).to.equal(undefined);
    return result;
  };

  it('starts a stage agent before a plain when, and not with beforeAgent', () => {
    expect(podsForSkippedStages(run('staging'))).to.deep.equal(['Late when']);
    expect(run('staging').events.filter((e) => e.type === 'agent')).to.have.length(1);
    expect(podsForSkippedStages(run('master'))).to.deep.equal([]);
  });

  it('asks a stage input before a when without beforeInput, and not with it', () => {
    expect(inputIds(run('staging'))).to.deep.equal(['no-before-input']);
    expect(skipped(run('staging'))).to.include({ 'Gate without beforeInput': 'when', 'Gate with beforeInput': 'when' });
    expect(inputIds(run('master'))).to.deep.equal(['no-before-input', 'before-input']);
    expect(echoes(run('master'))).to.include('approved by sam');
  });

  it('matches branch globs per path segment, case-insensitively, and changeRequest attributes exactly', () => {
    expect(entered(run('feature/x'))).to.include('Globs');
    expect(entered(run('feature/x/y'))).to.not.include('Globs');
    expect(entered(run('RELEASE/1/2'))).to.include('Globs');
    expect(entered(run('release PR'))).to.include('Globs').and.not.include('Not a PR');
    expect(entered(run('release PR, other case'))).to.not.include('Globs');
    expect(entered(run('staging'))).to.include('Not a PR').and.not.include('Globs');
    expect(entered(run('feature/x'))).to.not.include('Not a PR');
    expect(entered(run('hotfix'))).to.include('Expression');
  });

  it('enforces input submitters and aborts the build on rejection', () => {
    expect(run('master, not allowed', true).harnessError).to.match(/approver 'eve' may not approve input 'no-before-input'/);
    const rejected = run('master, rejected');
    expect(rejected.result).to.equal('ABORTED');
    expect(skipped(rejected)).to.include({ 'Gate with beforeInput': 'failure', 'Globs': 'failure' });
  });

  it('runs post conditions in Jenkins order with the combined result', () => {
    const failed = run('post: fails after success');
    expect(failed.result).to.equal('FAILURE');
    expect(echoes(failed)).to.deep.equal(['stage always', 'stage failure', 'always', 'changed', 'regression', 'unsuccessful', 'failure', 'cleanup']);
    expect(skipped(failed)).to.deep.equal({ After: 'failure' });
    expect(echoes(run('post: fixed'))).to.deep.equal(['stage always', 'stage success', 'after', 'always', 'changed', 'fixed', 'success', 'cleanup']);
    expect(echoes(run('post: steady'))).to.deep.equal(['stage always', 'stage success', 'after', 'always', 'success', 'cleanup']);
  });

  it('holds a stage-level lock for the nested stages and the post block, taken after the when only with beforeOptions', () => {
    const staging = run('lock: staging');
    expect(staging.result).to.equal('SUCCESS');
    const enteredWith = Object.fromEntries(
      staging.events.filter((e) => e.type === 'stage' && e.status === 'entered').map((e) => [e.name ?? '', e.locks ?? []]),
    );
    expect(enteredWith).to.deep.equal({
      'Milestone': [], 'Locked, when before options': ['env-a'], 'First': ['env-a'], 'Second': ['env-a'],
      'Locked, plain when': ['env-b'], 'After': [],
    });
    expect(steps(staging, 'echo').map((e) => [(e.args as { message: string }).message, e.locks])).to.deep.equal([
      ['first', ['env-a']], ['second', ['env-a']], ['group post', ['env-a']], ['plain', ['env-b']], ['after', []],
    ]);
    // Options wrap in the order written: the timeout runs inside the lock.
    const [lock, timeout] = [steps(staging, 'lock')[0], steps(staging, 'timeout')[0]];
    expect(timeout?.locks).to.deep.equal(['env-a']);
    expect(steps(staging, 'milestone')[0]?.seq).to.be.lessThan(lock?.seq ?? -1);
    // A skipped stage takes its lock anyway unless its when is evaluated before the options.
    const feature = run('lock: feature');
    expect(steps(feature, 'lock').map((e) => (e.args as { resource: string }).resource)).to.deep.equal(['env-b']);
    expect(skipped(feature)).to.include({ 'Locked, when before options': 'when', 'First': 'when', 'Locked, plain when': 'when' });
  });

  it('binds environment credentials (with _USR/_PSW) and detects a secret interpolated into sh', () => {
    const main = run('failures: main');
    expect(main.result).to.equal('SUCCESS');
    const sh = steps(main, 'sh')[0];
    expect(sh?.credentials?.map((c) => c.variable)).to.have.members(['REGISTRY', 'REGISTRY_USR', 'REGISTRY_PSW', 'TOKEN']);
    expect(secretLeaks(main)).to.deep.equal([]);
    expect(secretLeaks(run('failures: leaky'))).to.have.length(1);
  });

  it('fails a step that needs an agent outside one, and an unknown step, like Jenkins', () => {
    const noAgent = run('failures: no-agent');
    expect(noAgent.result).to.equal('FAILURE');
    expect(noAgent.error).to.match(/hudson\.FilePath is missing/);
    const unknown = run('failures: unknown-step');
    expect(unknown.result).to.equal('FAILURE');
    expect(unknown.error).to.match(/No such DSL method 'notAStep'/);
    expect(unknown.events.filter((e) => e.type === 'error')).to.have.length(1);
  });

  it('models catchError, unstable test results, skipStagesAfterUnstable and parallel failFast', () => {
    const caught = run('failures: caught');
    expect(caught.result).to.equal('UNSTABLE');
    expect(echoes(caught)).to.include('caught stage failed');
    expect(skipped(caught)).to.include({ Tests: 'unstable' });
    const tests = run('failures: tests fail');
    expect(tests.result).to.equal('UNSTABLE');
    expect(skipped(tests)).to.include({ Parallel: 'unstable', Left: 'unstable', Right: 'unstable' });
    const failFast = run('failures: fail fast');
    expect(failFast.result).to.equal('FAILURE');
    expect(entered(failFast)).to.include('Left').and.not.include('Right');
    expect(failFast.events.filter((e) => e.type === 'parallelBranchAborted').map((e) => e.branch)).to.deep.equal(['Right']);
  });

  it('fails container() for a container the pod does not declare', () => {
    const wrong = run('failures: container');
    expect(wrong.result).to.equal('FAILURE');
    expect(wrong.error).to.match(/container \[kaniko\] does not exist/);
  });

  it("models the Slack plugin: only a bot-user post with a secret text token reaches Slack; failOnError makes a lost post fail the build", () => {
    const slack = run('slack');
    const posts = steps(slack, 'slackSend').map((e) => [e.stage?.at(-1), e.delivered, e.url]);
    expect(posts).to.deep.equal([
      ['Bot user', true, 'https://slack.com/api/chat.postMessage'],
      ['Legacy webhook', false, 'https://null.slack.com/services/hooks/jenkins-ci'],
      ['Unknown credential', false, null],
      ['Loud', false, 'https://null.slack.com/services/hooks/jenkins-ci'],
    ]);
    expect(slack.result).to.equal('FAILURE');
    expect(slack.error).to.contain('Slack notification failed');
    expect(entered(slack)).to.not.include('After');
    const down = run('slack down');
    expect(steps(down, 'slackSend').map((e) => e.delivered)).to.deep.equal([false, false, false, false]);
  });
});
