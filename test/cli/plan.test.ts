import { expect } from 'chai';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMALL_YAML } from '../plan/small-model.js';
import { run } from './plan-graph-run.js';

describe('cli: gatehouse plan', () => {
  it('prints a stage table per branch kind for the module, then waves and rollback order', async () => {
    const { code, out, err } = await run('plan', '--module', 'render-worker');
    expect([code, err]).to.deep.equal([0, '']);
    expect(out).to.match(/^render-worker 0\.9\.7 {2}\(wave 2, lead kabir\.singh, repository acme-online\/render-worker\)\n/);
    expect(out).to.contain('  staging: branch staging; deploys to staging (namespace staging)\n');
    expect(out).to.match(/\n {4}STAGE +ENVIRONMENT\/NAMESPACE +PUSHES +APPROVALS +REQUIRES +SKIPPED\n/);
    expect(out).to.match(/\n {4}Integration tests +staging\/staging +- +- +- +Queue consumer with no API of its own/);
    // Train mode: master records the candidate; the approvals and the production deploy are the train's.
    expect(out).to.contain('  master: branch master; records the blessed build as the release candidate for production (namespace production); the release train deploys it\n');
    expect(out).to.match(/\n {4}Record release candidate +- +- +- +- +-\n/);
    expect(out).to.match(/\n {4}Quality gate +- +- +- +- +-\n/);
    expect(out).not.to.match(/\n {4}(Approvals|Deploy) +production\//);
    expect(out).to.contain('Deployment waves');
    expect(out).to.contain('Rollback order (the last wave first):\n  wave 5: web-frontend\n  wave 4: api-gateway\n');
    expect(out.split('\n').filter((l) => l !== l.trimEnd())).to.deep.equal([]);
  });

  it('without --module prints an overview: one line per module by wave, agreeing with the Plan', async () => {
    const { code, out, err } = await run('plan');
    expect([code, err]).to.deep.equal([0, '']);
    const json = JSON.parse((await run('plan', '--format', 'json')).out) as { modules: { name: string; version: string; wave: number; lead: string }[]; waves: string[][] };
    expect(out.split('\n').length).to.be.below(45);
    const rows = out.split('\n').filter((l) => /^ {2}\d+ {3,}\S/.test(l)).map((l) => l.trim().split(/ {2,}/));
    const byWave = json.waves.flatMap((names, wave) => names.map((name) => ({ name, wave })));
    expect(rows.map((r) => [Number(r[0]), r[1]])).to.deep.equal(byWave.map((m) => [m.wave, m.name]));
    for (const module of json.modules) {
      const row = rows.find((r) => r[1] === module.name);
      expect(row?.slice(2, 4), module.name).to.deep.equal([module.version, module.lead]);
    }
    expect(rows.find((r) => r[1] === 'render-worker')?.at(-1)).to.equal('Integration tests');
    expect(out).to.contain('records the blessed build as the release candidate for production (namespace production); the release train deploys it\n');
    expect(out).not.to.contain('approvals in production');
    expect(out).to.contain('Rollback order (the last wave first):\n  wave 5: web-frontend\n');
    expect(out).not.to.contain('STAGE');
  });

  it('--all prints every module\'s stage tables; with --module it is a usage error', async () => {
    const { code, out } = await run('plan', '--all');
    expect(code).to.equal(0);
    const json = JSON.parse((await run('plan', '--format', 'json')).out) as { modules: { name: string; version: string }[] };
    for (const m of json.modules) expect(out).to.contain(`\n${m.name} ${m.version}  (wave `.slice(m === json.modules[0] ? 1 : 0));
    expect(out.split('\n').filter((l) => l.trim().startsWith('STAGE'))).to.have.length(json.modules.length * 5);
    expect((await run('plan', '--all', '--module', 'auth')).code).to.equal(2);
  });

  it('shows what the PR-merge build of staging into master does', async () => {
    const { code, out } = await run('plan', '--branch', 'PR-12', '--target', 'master', '--source', 'staging', '--module', 'auth');
    expect(code).to.equal(0);
    expect(out).to.match(/^Build PR-12 \(pull request from staging to master\) runs as: prMerge\n/);
    expect(out).to.contain('prMerge: pull request from staging to master (PR-merge build); deploys to preprod (namespace preprod)');
    expect(out).not.to.contain('feature:');
    expect(out).not.to.contain('master: branch master');
  });

  it('says so when no branch kind matches a branch', async () => {
    const { code, out } = await run('plan', '--branch', 'hotfix/urgent');
    expect(code).to.equal(0);
    expect(out).to.equal('Build of branch hotfix/urgent matches no branch kind: none of the planned stages run for it.\n');
  });

  it('suggests the nearest module for a typo and exits 2 (GH007)', async () => {
    const { code, out, err } = await run('plan', '--module', 'autth');
    expect([code, out]).to.deep.equal([2, '']);
    expect(err).to.equal('modules.yaml: error GH007: unknown module "autth"\n  hint: did you mean "auth"?\n');
  });

  it('treats a pull request without --target/--source, or half of them, as a usage error', async () => {
    expect((await run('plan', '--branch', 'PR-12')).code).to.equal(2);
    expect((await run('plan', '--branch', 'PR-12', '--target', 'master')).code).to.equal(2);
    expect((await run('plan', '--target', 'master', '--source', 'staging')).code).to.equal(2);
    expect((await run('plan', '--format', 'yaml')).code).to.equal(2);
  });

  it('prints the plan as JSON with a fixed shape', async () => {
    const { code, out } = await run('plan', '--format', 'json', '--branch', 'master', '--module', 'editor');
    expect(code).to.equal(0);
    const json = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(json)).to.deep.equal(['build', 'modules', 'waves', 'rollbackWaves']);
    expect(json['build']).to.deep.equal({ branch: 'master', changeTarget: null, changeSource: null, kinds: ['master'] });
    const modules = json['modules'] as { name: string; builds: { kind: string; stages: Record<string, unknown>[] }[] }[];
    expect(modules.map((m) => m.name)).to.deep.equal(['editor']);
    expect(modules[0]?.builds.map((b) => b.kind)).to.deep.equal(['master']);
    const stages = modules[0]?.builds[0]?.stages ?? [];
    expect(stages.map((s) => s['id'])).to.deep.equal(['checkout', 'promote', 'recordCandidate']);
    expect(stages[2]).to.deep.equal({
      id: 'recordCandidate', title: 'Record release candidate', environment: null, namespace: null, pushesImage: false,
      pushesChart: false, approvals: [], requiresChannel: null, skipped: false, skipReason: null,
    });
  });

  it('is deterministic', async () => {
    const first = await run('plan', '--format', 'json');
    const second = await run('plan', '--format', 'json');
    expect(first.out).to.equal(second.out);
    expect((await run('plan')).out).to.equal((await run('plan')).out);
  });

  describe('with --config', () => {
    let dir: string;
    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'gatehouse-plan-'));
      await writeFile(join(dir, 'small.yaml'), SMALL_YAML);
      await writeFile(join(dir, 'broken.yaml'), 'modules: [\n');
    });
    after(async () => rm(dir, { recursive: true, force: true }));

    it('plans the given file', async () => {
      const { code, out } = await run('plan', '--config', join(dir, 'small.yaml'), '--branch', 'develop');
      expect(code).to.equal(0);
      expect(out).to.match(/^Build of branch develop runs as: staging\n/);
      expect(out).to.contain('deploys to stage (namespace stage-ns)');
      expect(out).to.contain('  wave 0: base\n  wave 1: mid\n  wave 2: top\n');
    });

    it('reports problems in the file and exits 1', async () => {
      const { code, out, err } = await run('plan', '--config', join(dir, 'broken.yaml'));
      expect([code, out]).to.deep.equal([1, '']);
      expect(err).to.contain('broken.yaml');
    });
  });
});
