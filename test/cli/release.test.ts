// `gatehouse release ...` and `gatehouse plan --train` as the release pipeline and people call
// them: exit 0 answered, 1 bad input (with positions), 2 usage. Every manifest written validates.
import { expect } from 'chai';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Model } from '../../src/model/types.js';
import { DEFAULT_CONFIG } from '../../src/util/paths.js';
import { candidate, everyoneChanged, expectValidManifest, repositoryModel } from '../train/support.js';
import { run } from './plan-graph-run.js';

describe('cli: gatehouse release', () => {
  let dir: string;
  let model: Model;
  const at = (name: string) => join(dir, name);
  const manifestArgs = () => ['release', 'manifest', '--candidates', at('candidates.json'), '--date', '2026-08-24', '--train-id', 'op-2026-08-24-7', '--now', '2026-08-24T10:31:00Z'];
  const readManifest = async (name: string) => expectValidManifest(JSON.parse(await readFile(at(name), 'utf8')), model);

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gatehouse-release-'));
    model = await repositoryModel();
    const file = everyoneChanged(model, (f) => {
      f.candidates = f.candidates.map((c) => (c.module === 'notification' ? candidate('notification', { channel: 'beta' }) : c));
      f.production = f.production.filter((p) => p.module !== 'web-frontend');
    });
    await writeFile(at('candidates.json'), JSON.stringify(file, null, 2));
    expect((await run(...manifestArgs(), '--out', at('manifest.json'))).code).to.equal(0);
  });
  after(async () => rm(dir, { recursive: true, force: true }));

  describe('manifest', () => {
    it('writes a valid manifest and prints what the train releases, drops and leaves', async () => {
      const { code, out, err } = await run(...manifestArgs(), '--out', at('m1.json'));
      expect([code, err]).to.deep.equal([0, '']);
      const manifest = await readManifest('m1.json');
      expect(manifest.waves).to.deep.equal([['config-service'], ['auth', 'catalog'], ['render-worker', 'user-profile'], ['editor']]);
      expect(manifest.dropped.map((d) => [d.name, d.cause])).to.deep.equal([['notification', 'notStable'], ['api-gateway', 'dependency'], ['web-frontend', 'dependency']]);
      expect(manifest.voteClosesAt).to.equal('2026-08-24T11:30:00Z');
      expect(out).to.match(/^Train op-2026-08-24-7 \(schedule, 2026-08-24 Asia\/Kolkata\)\n/);
      expect(out).to.contain('6 modules in 4 waves:\n  WAVE  MODULE');
      expect(out).to.contain('  notification: candidate 1.0.0-beta.PR7.42.g');
    });

    it('prints the same JSON it writes', async () => {
      const { code, out } = await run(...manifestArgs(), '--format', 'json');
      expect(code).to.equal(0);
      expect(out).to.equal(await readFile(at('manifest.json'), 'utf8'));
    });

    it('drops a module by hand with every module of the train that depends on it', async () => {
      const { code } = await run(...manifestArgs(), '--drop', 'catalog=search index rebuild pending', '--out', at('m2.json'));
      expect(code).to.equal(0);
      const manifest = await readManifest('m2.json');
      expect(manifest.dropped.filter((d) => d.cause !== 'notStable').map((d) => [d.name, d.cause, d.reason])).to.deep.equal([
        ['api-gateway', 'dependency', 'depends on notification, which is not released in this train'],
        ['web-frontend', 'dependency', 'depends on notification, which is not released in this train'],
        ['catalog', 'nogo', 'search index rebuild pending'],
        ['editor', 'dependency', 'depends on catalog, which is not released in this train'],
        ['render-worker', 'dependency', 'depends on catalog, which is not released in this train'],
      ]);
    });

    it('narrows an existing manifest, and warns about a drop of a module not in the train', async () => {
      const { code, err } = await run('release', 'manifest', '--manifest', at('manifest.json'), '--drop', 'user-profile=profile migration', '--drop', 'notification=again', '--out', at('m3.json'));
      expect(code).to.equal(0);
      expect(err).to.equal('gatehouse: warning: --drop notification: not in train op-2026-08-24-7, nothing to drop\n');
      expect((await readManifest('m3.json')).waves).to.deep.equal([['config-service'], ['auth', 'catalog'], ['render-worker']]);
    });

    it('limits a hotfix to the named modules, with a vote as long as the scheduled one', async () => {
      const { code } = await run('release', 'manifest', '--candidates', at('candidates.json'), '--hotfix', 'auth, config-service', '--reason', 'token leak', '--now', '2026-08-22T05:00:00Z', '--out', at('hotfix.json'));
      expect(code).to.equal(0);
      const manifest = await readManifest('hotfix.json');
      expect([manifest.trainId, manifest.date, manifest.trigger, manifest.hotfix, manifest.voteClosesAt, manifest.waves]).to.deep.equal([
        'online-product-2026-08-22-hotfix', '2026-08-22', 'hotfix', { modules: ['auth', 'config-service'], reason: 'token leak' }, '2026-08-22T06:00:00Z', [['config-service'], ['auth']],
      ]);
    });

    it('names an unknown module with a did-you-mean and exits 2 (GH007, like --module everywhere)', async () => {
      const { code, out, err } = await run(...manifestArgs(), '--hotfix', 'auht', '--reason', 'x');
      expect([code, out]).to.deep.equal([2, '']);
      expect(err).to.equal('modules.yaml: error GH007: unknown module "auht"\n  hint: did you mean "auth"?\n');
    });

    it('reports a bad candidates file at its line and column and exits 1', async () => {
      await writeFile(at('bad-candidates.json'), '{\n  "candidates": [],\n  "production": [{"module": "auth", "revision": 0, "chartVersion": "1"}]\n}\n');
      const { code, err } = await run('release', 'manifest', '--candidates', at('bad-candidates.json'));
      expect(code).to.equal(1);
      expect(err).to.contain(`${at('bad-candidates.json')}:3:49: error GH801: production[0].revision is 0, must be >= 1\n`);
    });

    const usage: [string, string[]][] = [
      ['neither input', ['release', 'manifest']],
      ['both inputs', ['release', 'manifest', '--candidates', 'a', '--manifest', 'b']],
      ['a hotfix without a reason', ['release', 'manifest', '--candidates', 'a', '--hotfix', 'auth']],
      ['an empty hotfix', ['release', 'manifest', '--candidates', 'a', '--hotfix', ' , ', '--reason', 'x']],
      ['a drop without a reason', ['release', 'manifest', '--candidates', 'a', '--drop', 'auth']],
      ['a date that does not exist', ['release', 'manifest', '--candidates', 'a', '--date', '2026-02-30']],
      ['a train id with a space', ['release', 'manifest', '--candidates', 'a', '--train-id', 'a b']],
      ['new-train flags on an existing manifest', ['release', 'manifest', '--manifest', 'a', '--date', '2026-08-24']],
      ['an unknown format', ['release', 'manifest', '--candidates', 'a', '--format', 'yaml']],
    ];
    for (const [name, argv] of usage) {
      it(`exits 2 for ${name}`, async () => expect((await run(...argv)).code).to.equal(2));
    }
  });

  describe('voters, decide, show', () => {
    it('lists the ballots and the seconds left to vote', async () => {
      const { code, out } = await run('release', 'voters', at('manifest.json'), '--format', 'json', '--now', '2026-08-24T10:31:00Z');
      expect(code).to.equal(0);
      const json = JSON.parse(out) as { trainId: string; voteClosesAt: string; secondsToClose: number; ballots: { id: string; submitters: string[]; cancelsTrain: boolean }[] };
      expect([json.trainId, json.voteClosesAt, json.secondsToClose]).to.deep.equal(['op-2026-08-24-7', '2026-08-24T11:30:00Z', 3540]);
      expect(json.ballots.map((b) => b.id)).to.deep.equal([
        'moduleLead-config-service', 'moduleLead-auth', 'moduleLead-catalog', 'moduleLead-render-worker', 'moduleLead-user-profile', 'moduleLead-editor', 'sre', 'qa', 'product',
      ]);
      expect(json.ballots[1]).to.deep.include({ submitters: ['arjun.mehta', 'release-managers'], cancelsTrain: false });
      expect(json.ballots[6]).to.deep.include({ submitters: ['sre-team'], cancelsTrain: true });
    });

    it('decides: a NOGO drops the module and its dependents, and the decision is recorded', async () => {
      const ballots = ['moduleLead-config-service', 'moduleLead-auth', 'moduleLead-catalog', 'moduleLead-render-worker', 'moduleLead-user-profile', 'moduleLead-editor', 'sre', 'qa', 'product'];
      const votes = ballots.map((ballot) => ({ ballot, vote: 'GO', by: 'someone', reason: 'ok' }));
      votes[1] = { ballot: 'moduleLead-auth', vote: 'NOGO', by: 'arjun.mehta', reason: 'token migration <@here> not done' };
      await writeFile(at('votes.json'), JSON.stringify({ votes }));
      const { code, out } = await run('release', 'decide', at('manifest.json'), '--votes', at('votes.json'), '--out', at('decided.json'));
      expect(code).to.equal(0);
      const decided = await readManifest('decided.json');
      expect([decided.decision?.outcome, decided.waves]).to.deep.equal(['go', [['config-service'], ['catalog'], ['render-worker']]]);
      expect(out).to.contain('Decision: go\n');
      const again = await run('release', 'decide', at('decided.json'), '--votes', at('votes.json'));
      expect(again.code).to.equal(1);
      expect(again.err).to.contain('error GH834: train op-2026-08-24-7 is already decided (go)');
    });

    it('prints the Slack message with user text escaped', async () => {
      const { code, out } = await run('release', 'show', at('decided.json'), '--format', 'slack');
      expect(code).to.equal(0);
      expect(out).to.match(/^\*Release train op-2026-08-24-7\* \(2026-08-24\) to production\n\*GO\*: 3 modules in 3 waves deploy now/);
      expect(out).to.contain('• auth: NOGO from moduleLead (arjun.mehta): token migration &lt;@here&gt; not done\n');
      expect(out).not.to.contain('<@here>');
    });

    it('reports a bad votes file at its position', async () => {
      await writeFile(at('bad-votes.json'), '{"votes": [{"ballot": "sre", "vote": "NOGO", "by": "ravi", "reason": ""}]}');
      const { code, err } = await run('release', 'decide', at('manifest.json'), '--votes', at('bad-votes.json'));
      expect(code).to.equal(1);
      expect(err).to.contain(`${at('bad-votes.json')}:1:70: error GH832: the NOGO of ravi on "sre" gives no reason`);
    });
  });

  describe('deploy-plan', () => {
    it('gives the pipeline every deploy setting of a train decided GO, with a lock named like the module pipelines\' locks', async () => {
      const { code, out } = await run('release', 'deploy-plan', at('decided.json'));
      expect(code).to.equal(0);
      const plan = JSON.parse(out) as { lockResource: string; kubeconfigCredentialsId: string; waves: { wave: number; modules: Record<string, unknown>[] }[]; loadTest: unknown };
      expect([plan.lockResource, plan.kubeconfigCredentialsId]).to.deep.equal(['online-product-production', 'kubeconfig-production']);
      const jenkinsfile = await readFile(join(dirname(DEFAULT_CONFIG), 'generated/modules/auth/Jenkinsfile'), 'utf8');
      // <project>-<environment>: the module pipelines lock preprod by the same rule (production only in continuous mode).
      expect(jenkinsfile).to.contain(`lock(resource: '${plan.lockResource.replace(/production$/, 'preprod')}', inversePrecedence: true)`);
      expect(plan.waves.map((w) => [w.wave, w.modules.map((m) => m['name'])])).to.deep.equal([[1, ['config-service']], [2, ['catalog']], [3, ['render-worker']]]);
      const decided = await readManifest('decided.json');
      expect(plan.waves[0]?.modules[0]).to.deep.equal({
        name: 'config-service', helmRelease: 'config-service', chartReference: decided.modules[0]?.chart.reference, chartVersion: decided.modules[0]?.chart.version,
        imageReference: decided.modules[0]?.image.reference, imageDigest: decided.modules[0]?.image.digest, valuesFile: 'values-production.yaml', timeoutMinutes: 10, historyMax: 10, smokeTests: 'helm test --logs', smokeTestsSkipped: null,
      });
      expect(plan.loadTest).to.deep.equal({ command: 'k6 run --summary-export reports/load-test.json load-test/train.js', report: 'reports/load-test.json', image: 'acmeonline/gatehouse-cli:0.1.0', timeoutMinutes: 30 });
    });

    it('refuses a manifest that was not decided GO', async () => {
      const { code, err } = await run('release', 'deploy-plan', at('manifest.json'));
      expect(code).to.equal(1);
      expect(err).to.equal(`${at('manifest.json')}: error GH835: train op-2026-08-24-7 is undecided, not decided go: nothing to deploy\n  hint: deploy only what gatehouse release decide decided go\n`);
    });
  });

  describe('rollback-plan', () => {
    it('plans the way back from the manifest alone, for the modules that were deployed', async () => {
      const { code, out } = await run('release', 'rollback-plan', at('manifest.json'), '--deployed', 'config-service,auth,catalog', '--format', 'json');
      expect(code).to.equal(0);
      const plan = JSON.parse(out) as { steps: { step: number; wave: number; modules: { name: string; action: string; toRevision: number | null }[] }[] };
      expect(plan.steps.map((s) => [s.step, s.wave, s.modules.map((m) => `${m.name}:${m.action}:${m.toRevision}`)])).to.deep.equal([
        [1, 2, ['auth:rollback:7', 'catalog:rollback:7']],
        [2, 1, ['config-service:rollback:7']],
      ]);
    });

    it('refuses a --deployed module that is not in the train as a command-line problem (exit 2)', async () => {
      const { code, err } = await run('release', 'rollback-plan', at('manifest.json'), '--deployed', 'notification');
      expect(code).to.equal(2);
      expect(err).to.contain('error GH006: --deployed names "notification", which is not a module of train op-2026-08-24-7');
    });

    it('reports a manifest that is not JSON at the character', async () => {
      await writeFile(at('broken.json'), '{\n  "trainId": "x",\n}\n');
      const { code, err } = await run('release', 'rollback-plan', at('broken.json'));
      expect(code).to.equal(1);
      expect(err).to.contain(`${at('broken.json')}:3:1: error GH800: not valid JSON: expected a value after ',' (JSON has no trailing commas), found "}"`);
    });
  });

  describe('day and schedule', () => {
    it('answers whether a date is a release day, and why not', async () => {
      const frozen = await run('release', 'day', '--date', '2026-12-28', '--format', 'json');
      expect(frozen.code).to.equal(0);
      expect(JSON.parse(frozen.out)).to.deep.equal({
        date: '2026-12-28', timeZone: 'Asia/Kolkata', weekday: 'mon', releaseDay: false,
        reason: 'frozen: Year-end change freeze (2026-12-24 to 2027-01-01)', freeze: { from: '2026-12-24', to: '2027-01-01', reason: 'Year-end change freeze' },
      });
      expect((await run('release', 'day', '--now', '2026-08-23T19:00:00Z')).out).to.equal('2026-08-24 (mon, Asia/Kolkata): release day\n');
    });

    it('lists the next trains with the cron spec', async () => {
      const { code, out } = await run('release', 'schedule', '--now', '2026-12-23T00:00:00Z', '--count', '2', '--format', 'json');
      expect(code).to.equal(0);
      const json = JSON.parse(out) as { cron: { spec: string }; upcoming: unknown[] };
      expect(json.cron.spec).to.equal('TZ=Asia/Kolkata\n0 16 * * 1-5');
      expect(json.upcoming).to.deep.equal([
        { at: '2026-12-23T10:30:00Z', date: '2026-12-23', weekday: 'wed', releaseDay: true, reason: null },
        { at: '2026-12-24T10:30:00Z', date: '2026-12-24', weekday: 'thu', releaseDay: false, reason: 'frozen: Year-end change freeze (2026-12-24 to 2027-01-01)' },
      ]);
      expect((await run('release', 'schedule', '--count', '0')).code).to.equal(2);
    });
  });
});

describe('cli: gatehouse plan --train', () => {
  it('shows the schedule, the waves, the ballots and the rollback order of a full train', async () => {
    const { code, out } = await run('plan', '--train');
    expect(code).to.equal(0);
    expect(out).to.contain('Go/no-go: 16:00 Asia/Kolkata (10:30 UTC)');
    expect(out).to.contain("Jenkins trigger: cron('TZ=Asia/Kolkata\\n0 16 * * 1-5')");
    expect(out).to.contain('  wave 1: config-service\n  wave 2: auth, catalog\n');
    expect(out).to.match(/\n {2}sre {2,}sre-team {2,}cancels the train\n/);
    expect(out).to.contain('Rollback order (the waves reversed):\n  1. wave 6: web-frontend\n');
  });

  it('plans a train of named modules', async () => {
    const { code, out } = await run('plan', '--train', 'web-frontend,config-service', '--format', 'json');
    expect(code).to.equal(0);
    const json = JSON.parse(out) as { waves: string[][]; ballots: { id: string }[]; unchanged: string[] };
    expect(json.waves).to.deep.equal([['config-service'], ['web-frontend']]);
    expect(json.ballots.map((b) => b.id)).to.deep.equal(['moduleLead-config-service', 'moduleLead-web-frontend', 'sre', 'qa', 'product']);
    expect(json.unchanged).to.have.length(7);
  });

  it('plans from candidates, with what it would drop', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gatehouse-plan-train-'));
    try {
      const file = everyoneChanged(await repositoryModel(), (f) => (f.candidates = f.candidates.map((c) => (c.module === 'catalog' ? { ...c, blessed: false } : c))));
      await writeFile(join(dir, 'c.json'), JSON.stringify(file));
      const { code, out } = await run('plan', '--train', '--candidates', join(dir, 'c.json'), '--format', 'json');
      expect(code).to.equal(0);
      const json = JSON.parse(out) as { waves: string[][]; dropped: { name: string; cause: string }[] };
      expect(json.dropped.map((d) => `${d.name}:${d.cause}`)).to.deep.equal(['catalog:notBlessed', 'api-gateway:dependency', 'editor:dependency', 'render-worker:dependency', 'web-frontend:dependency']);
      expect(json.waves).to.deep.equal([['config-service'], ['auth'], ['user-profile'], ['notification']]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 for an unknown module and for flags that do not go together', async () => {
    const unknown = await run('plan', '--train', 'edtor');
    expect([unknown.code, unknown.err]).to.deep.equal([2, 'modules.yaml: error GH007: unknown module "edtor"\n  hint: did you mean "editor"?\n']);
    expect((await run('plan', '--candidates', 'c.json')).code).to.equal(2);
    expect((await run('plan', '--train', '--module', 'auth')).code).to.equal(2);
  });
});

