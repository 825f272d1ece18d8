// generated/release/Jenkinsfile, and a train-mode master build, in the declarative harness against
// the real CLI's answers (test/harness/train-cases.ts): the candidate, the vote, the decision, the
// waves, the rollback, the endings.
import { expect } from 'chai';
import { join } from 'node:path';
import type { Model } from '../../src/model/types.js';
import { observe, steps, varCalls } from '../harness/observe.js';
import type { RunResult, TraceEvent } from '../harness/pipeline-run.js';
import { runPipelines } from '../harness/pipeline-run.js';
import { loadPipelineTree } from '../harness/pipeline-source.js';
import { buildOf, escapeRegex, moduleOf } from '../harness/scenario-cases.js';
import { expectedFor } from '../harness/expectations.js';
import { buildScenario } from '../harness/scenarios.js';
import { run as runCli } from '../cli/plan-graph-run.js';
import type { TrainCase } from '../harness/train-cases.js';
import { TRAIN_MODULES, trainCase, votesFor } from '../harness/train-cases.js';
import { SLOW_TEST_TIMEOUT_MS } from '../harness/timeouts.js';
import { candidate } from '../train/support.js';

const LOCK = 'online-product-production';

function deployed(result: RunResult): string[] {
  return varCalls(result, 'helmDeploy').map((e) => String((e.args as Record<string, unknown>[])[0]?.release));
}

/** The image digest each helmDeploy call pinned, by release ('' for none). */
function pinnedDigests(result: RunResult): Record<string, unknown> {
  return Object.fromEntries(varCalls(result, 'helmDeploy').map((e) => {
    const args = (e.args as Record<string, unknown>[])[0];
    return [String(args?.release), args?.imageDigest];
  }));
}

/** The digest each train module's candidate pushed, which the manifest records, by release. */
function candidateDigests(): Record<string, string> {
  return Object.fromEntries(TRAIN_MODULES.map((m) => [m, candidate(m).imageDigest]));
}

function shLabelled(result: RunResult, pattern: RegExp): TraceEvent[] {
  return steps(result, 'sh').filter((e) => pattern.test(String((e.args as { label?: string }).label ?? '')));
}

function rolledBack(result: RunResult): string[] {
  return shLabelled(result, /^Roll back /).map((e) => String((e.args as { label: string }).label).slice('Roll back '.length));
}

function slack(result: RunResult): string[] {
  return observe(result).slack.map((m) => m.message);
}

describe('pipelines: the release train in the declarative harness', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS);
  let model: Model;
  let pipelineTree: Awaited<ReturnType<typeof loadPipelineTree>>;
  const cases = new Map<string, TrainCase>();
  const results = new Map<string, RunResult>();
  const run = (id: string): RunResult => {
    const result = results.get(id);
    if (!result) throw new Error(`no run ${id}`);
    expect(result.harnessError, `${id}: harness error`).to.equal(undefined);
    return result;
  };

  before(async () => {
    const tree = await loadPipelineTree();
    pipelineTree = tree;
    model = tree.plan.model;
    const loadTest = model.release.loadTest!;
    const upgradeFails = (release: string) => ({ match: 'helm upgrade', env: { HELM_RELEASE: `^${release}$` }, exitCode: 1 });
    const started = ['config-service', 'auth', 'catalog'];
    const all = [
      await trainCase(model, 'green', { votes: votesFor(model, TRAIN_MODULES) }),
      await trainCase(model, 'leaf NOGO', { votes: votesFor(model, TRAIN_MODULES, { 'moduleLead-render-worker': { by: 'kabir.singh', reason: 'queue migration not done' } }) }),
      await trainCase(model, 'dependency NOGO', { votes: votesFor(model, TRAIN_MODULES, { 'moduleLead-catalog': { by: 'rohan.gupta', reason: 'index rebuild' } }) }),
      await trainCase(model, 'SRE NOGO', { votes: votesFor(model, TRAIN_MODULES, { sre: { by: 'sre-team', reason: 'incident in progress' } }) }),
      await trainCase(model, 'no votes', { votes: [] }),
      await trainCase(model, 'freeze', { day: { date: '2026-12-24', releaseDay: false, reason: 'change freeze: Year-end change freeze' } }),
      await trainCase(model, 'wave 2 fails', { votes: votesFor(model, TRAIN_MODULES), started, sh: [upgradeFails('catalog')] }),
      await trainCase(model, 'load test fails', { votes: votesFor(model, TRAIN_MODULES), started: TRAIN_MODULES, sh: [{ any: escapeRegex(loadTest.command), exitCode: 1 }] }),
      await trainCase(model, 'rollback fails', {
        votes: votesFor(model, TRAIN_MODULES), started,
        sh: [upgradeFails('catalog'), { match: 'helm rollback', env: { GATEHOUSE_RELEASE: '^auth$' }, exitCode: 1 }],
      }),
      // A candidate chart built before gatehouse pinned digests: its values schema has no image.digest.
      await trainCase(model, 'chart without digest', { votes: votesFor(model, TRAIN_MODULES), sh: [{ match: 'jq -e', env: { GATEHOUSE_CHART_SCHEMA: '/catalog/' }, exitCode: 1 }] }),
      await trainCase(model, 'empty train', { modules: [] }),
      // The CLI refuses the candidates (exit 1 with its diagnostics document).
      await trainCase(model, 'bad candidates', { sh: [{ match: 'gatehouse release manifest', exitCode: 1,
        writes: { '.gatehouse/train/release-manifest.out': '{"ok": false, "exitCode": 1, "diagnostics": [{"code": "GH822", "message": "commit does not start with its sha"}]}' } }] }),
      await trainCase(model, 'hotfix', { hotfix: 'auth', modules: ['auth'], votes: votesFor(model, ['auth']) }),
    ];
    for (const c of all) cases.set(c.id, c);
    const jenkinsfile = join(tree.root, 'release', 'Jenkinsfile');
    // A module's master build in train mode, with the CLI's real answer to the candidate check.
    const check = (await runCli('plan', '--train', 'auth', '--format', 'json')).out;
    const master = buildScenario(model, moduleOf(tree.plan, 'auth'), { BRANCH_NAME: 'master' }, [
      { name: 'candidate check', match: 'plan --train "\\$GATEHOUSE_MODULE"', writes: { '.gatehouse/train/check-the-candidate.out': check } },
    ]);
    const runs = await runPipelines([
      ...all.map((c) => ({ id: c.id, library: join(tree.root, 'library'), jenkinsfile, scenario: c.scenario })),
      { id: 'auth master', library: join(tree.root, 'library'), jenkinsfile: join(tree.root, 'modules', 'auth', 'Jenkinsfile'), scenario: master },
    ]);
    for (const r of runs) results.set(r.id, r);
  });

  it('a train-mode master build records its blessed build as the candidate: no approval, no production deploy, no credential for production', () => {
    const result = run('auth master');
    expect(result.result, String(result.error)).to.equal('SUCCESS');
    const observed = observe(result);
    expect(observed.stagesEntered).to.deep.equal(expectedFor(buildOf(pipelineTree.plan, 'auth', 'master')).stagesEntered);
    expect(observed.stagesEntered).to.include('Record release candidate');
    expect([steps(result, 'input'), deployed(result)]).to.deep.equal([[], []]);
    const record = shLabelled(result, /^Record the release candidate$/);
    expect(record).to.have.length(1);
    expect(record[0]?.env?.GATEHOUSE_NAMESPACE).to.equal('preprod');
    const production = model.environments.find((e) => e.name === 'production')!.clusterCredentialsId;
    expect(result.events.flatMap((e) => e.credentials ?? []).map((c) => c.credentialsId)).to.not.include(production);
    expect(slack(result).some((m) => m.includes('Release candidate') && m.includes('16:00 Asia/Kolkata'))).to.equal(true);
  });

  it('green: votes once per ballot, then deploys 3 waves in dependency order (wave 2 in parallel) under the production lock, load test, tags', () => {
    const result = run('green');
    expect(result.result, String(result.error)).to.equal('SUCCESS');
    const inputs = steps(result, 'input');
    expect(inputs.map((e) => (e.args as { id: string }).id)).to.deep.equal(cases.get('green')!.votes.map((v) => v.ballot));
    for (const input of inputs) expect([input.node, (input.args as { submitterParameter?: string }).submitterParameter]).to.deep.equal([null, 'VOTER']);
    const votesFile = steps(result, 'writeFile').find((e) => (e.args as { file?: string }).file === '.gatehouse/train/votes.json');
    expect(JSON.parse(String((votesFile?.args as { text: string }).text))).to.deep.equal({ votes: cases.get('green')!.votes });
    const deploys = varCalls(result, 'helmDeploy');
    expect(deployed(result)).to.deep.equal(['config-service', 'auth', 'catalog', 'render-worker']);
    // Each module installed from the chart package the step pulled (values and templates from one package).
    for (const deploy of deploys) {
      const args = (deploy.args as Record<string, unknown>[])[0]!;
      expect([args.chartPath, args.chartRef, (args.valuesFiles as string[])[0]]).to.deep.equal([
        `.gatehouse/train/charts/${String(args.release)}/${String(args.release)}`, undefined,
        `.gatehouse/train/charts/${String(args.release)}/${String(args.release)}/values-production.yaml`,
      ]);
    }
    // Each module's image pinned to the digest its candidate pushed, the one the manifest recorded.
    expect(pinnedDigests(result)).to.deep.equal(candidateDigests());
    for (const deploy of deploys) {
      expect(deploy.locks).to.include(LOCK);
      expect((deploy.args as Record<string, unknown>[])[0]?.namespace).to.equal('production');
    }
    // Every module after the modules of the train it depends on.
    const order = deployed(result);
    for (const name of order) {
      for (const dependency of model.modules.find((m) => m.name === name)!.dependsOn.filter((d) => order.includes(d))) {
        expect(order.indexOf(dependency), `${name} after ${dependency}`).to.be.lessThan(order.indexOf(name));
      }
    }
    // One parallel step per wave, its branches the wave's modules.
    const waves = steps(result, 'parallel').filter((e) => e.via?.includes('gatehouseTrainDeploy')).map((e) => e.branches);
    expect(waves).to.deep.equal([['config-service'], ['auth', 'catalog'], ['render-worker']]);
    expect(steps(result, 'sh').filter((e) => (e.args as { script?: string }).script === model.release.loadTest!.command)).to.have.length(1);
    expect(steps(result, 'sh').filter((e) => /gatehouse release tag/.test(JSON.stringify(e.args))).map((e) => e.env?.GATEHOUSE_TAG_MODULE)).to.deep.equal(order);
    expect(rolledBack(result)).to.deep.equal([]);
    expect(slack(result).some((m) => m.includes('released to production'))).to.equal(true);
  });

  it('a chart built before digests were pinned is deployed by its tag, and Slack says so; the others stay pinned', () => {
    const result = run('chart without digest');
    expect(result.result, String(result.error)).to.equal('SUCCESS');
    expect(pinnedDigests(result)).to.deep.equal({ ...candidateDigests(), catalog: '' });
    const warnings = slack(result).filter((m) => m.includes('built before gatehouse pinned image digests'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('catalog').and.contain(candidate('catalog').imageDigest);
  });

  it('NOGO on a leaf drops only that module; NOGO on a module others depend on drops its dependents too', () => {
    expect(deployed(run('leaf NOGO'))).to.deep.equal(['config-service', 'auth', 'catalog']);
    const dependency = run('dependency NOGO');
    expect(deployed(dependency)).to.deep.equal(['config-service', 'auth']);
    expect(slack(dependency).join('\n')).to.contain('render-worker: depends on catalog');
  });

  it('SRE NOGO and a vote nobody answered cancel the train: no pod for production, nothing deployed', () => {
    for (const id of ['SRE NOGO', 'no votes']) {
      const result = run(id);
      expect(result.result, id).to.equal('SUCCESS');
      expect(deployed(result), id).to.deep.equal([]);
      expect(result.events.filter((e) => e.type === 'agent' && e.path?.[0] === 'Production'), id).to.deep.equal([]);
    }
    expect(slack(run('no votes')).some((m) => m.includes('The vote on train') && m.includes('unanswered'))).to.equal(true);
  });

  it('a freeze date and an empty train end with one Slack line, no vote and no deploy', () => {
    for (const id of ['freeze', 'empty train']) {
      const result = run(id);
      expect(result.result, id).to.equal('SUCCESS');
      expect([steps(result, 'input'), deployed(result)], id).to.deep.equal([[], []]);
      expect(slack(result), id).to.have.length(1);
    }
    expect(slack(run('freeze'))[0]).to.contain('No release train today');
  });

  it('a deploy failure in wave 2 rolls waves 2 and 1 back in reverse order and never starts wave 3', () => {
    const result = run('wave 2 fails');
    expect(result.result).to.equal('FAILURE');
    expect(deployed(result)).to.deep.equal(['config-service', 'auth', 'catalog']);
    expect(rolledBack(result)).to.have.members(['auth', 'catalog', 'config-service']);
    expect(rolledBack(result).at(-1)).to.equal('config-service');
    const plan = steps(result, 'sh').find((e) => /rollback-plan/.test(JSON.stringify(e.args)));
    expect(plan?.env?.GATEHOUSE_STARTED).to.equal('config-service,auth,catalog');
  });

  it('a failed load test rolls the whole train back', () => {
    const result = run('load test fails');
    expect(result.result).to.equal('FAILURE');
    expect(rolledBack(result)).to.have.members(TRAIN_MODULES);
    expect(rolledBack(result)[0]).to.equal('render-worker');
  });

  it('a train that fails after the go reports through its rollback only; one before production says so once', () => {
    for (const id of ['wave 2 fails', 'load test fails', 'rollback fails']) expect(slack(run(id)).filter((m) => m.includes('failed before production')), id).to.deep.equal([]);
    const result = run('bad candidates');
    expect(result.result).to.equal('FAILURE');
    expect([steps(result, 'input'), deployed(result)]).to.deep.equal([[], []]);
    expect(slack(result).filter((m) => m.includes('failed before production'))).to.have.length(1);
  });

  it('a rollback that fails says "needs a human" once', () => {
    const result = run('rollback fails');
    expect(result.result).to.equal('FAILURE');
    expect(slack(result).filter((m) => /needs a human/i.test(m))).to.have.length(1);
    expect(rolledBack(result)).to.not.include('config-service');
  });

  it('a hotfix train releases only the named modules, still with the vote', () => {
    const result = run('hotfix');
    expect(result.result, String(result.error)).to.equal('SUCCESS');
    expect(deployed(result)).to.deep.equal(['auth']);
    expect(steps(result, 'input').length).to.equal(cases.get('hotfix')!.votes.length);
    expect(shLabelled(result, /Check the hotfix modules/)[0]?.env?.GATEHOUSE_HOTFIX_MODULES).to.equal('auth');
  });

  it('never passes a secret in a step argument and never calls a step Jenkins does not have', () => {
    for (const [id, result] of results) {
      expect(result.events.filter((e) => e.type === 'error'), id).to.deep.equal([]);
      const leaks = result.events.filter((e) => e.type === 'step' || e.type === 'var').filter((e) => result.secrets.some((s) => JSON.stringify(e.args).includes(s)));
      expect(leaks, id).to.deep.equal([]);
    }
  });
});
