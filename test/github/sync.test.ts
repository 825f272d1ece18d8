// `gatehouse sync` against the fake GitHub: the whole fleet of 9 module repositories, re-runs,
// one changed module, hand edits, pull requests no longer needed, rate limits, 5xx and runs
// interrupted half-way.
import { expect } from 'chai';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadProject } from '../../src/app/load-project.js';
import { DELIVERY_MANIFEST } from '../../src/release/deliver/manifest.js';
import { DEFAULT_CONFIG } from '../../src/util/paths.js';
import { readTree, removeTempDirs } from '../output/temp-dir.js';
import { badGateway, secondaryRateLimit } from './fake-github/faults.js';
import { squashMerge } from './fake-github/seed.js';
import { FakeGitHub } from './fake-github/server.js';
import type { FakeRepo } from './fake-github/state.js';
import { gatehouse, makeProject, OWNER } from './project.js';

const SYNC = 'gatehouse/sync';

describe('github: gatehouse sync', function () {
  let github: FakeGitHub;
  let cwd: string;
  let repos: Map<string, FakeRepo>;

  const repoOf = (module: string) => repos.get(module)!;
  const openPulls = (module: string) => repoOf(module).pulls.filter((p) => p.state === 'open');
  const generatedOf = async (module: string) => readTree(join(cwd, 'generated/modules', module));
  const editConfig = async (edit: (text: string) => string) => {
    const path = join(cwd, 'modules.yaml');
    await writeFile(path, edit(await readFile(path, 'utf8')));
    expect((await gatehouse(github, cwd, ['generate'])).code).to.equal(0);
  };

  beforeEach(async () => {
    github = await new FakeGitHub().start();
    repos = new Map();
    const { model } = await loadProject(DEFAULT_CONFIG);
    for (const module of model!.modules) {
      const repo = github.state.createRepo(OWNER, module.repository);
      repo.commitFiles('staging', { 'README.md': `# ${module.name}\n`, 'src/main.go': 'package main\n' }, 'initial');
      repos.set(module.name, repo);
    }
    cwd = await makeProject(github);
    expect((await gatehouse(github, cwd, ['generate'])).code).to.equal(0);
  });
  afterEach(async () => {
    await github.stop();
    github.assertClean();
    await removeTempDirs();
  });

  it('first sync of 9 repositories: one commit and one pull request each, files it did not write untouched; the re-run has nothing to do', async () => {
    const first = await gatehouse(github, cwd, ['sync']);
    expect(first.code, first.out + first.err).to.equal(0);
    expect(first.out).to.match(/sync: 9 done\n$/);
    for (const [module, repo] of repos) {
      const files = repo.files(SYNC);
      expect(files['README.md'], module).to.equal(`# ${module}\n`);
      expect(files['src/main.go'], module).to.equal('package main\n');
      for (const [path, content] of Object.entries(await generatedOf(module))) expect(files[path], `${module} ${path}`).to.equal(content);
      expect(files).to.have.property(DELIVERY_MANIFEST);
      const head = repo.git.get(repo.branchSha(SYNC)!, 'commit')!;
      expect(head.parents, module).to.deep.equal([repo.branchSha('staging')]);
      expect(openPulls(module).map((p) => [p.head, p.base]), module).to.deep.equal([[SYNC, 'staging']]);
    }
    const [pull] = openPulls('auth');
    expect(pull?.title).to.match(/^gatehouse sync auth \(\d+ added\)$/);
    expect(pull?.body).to.include('| `Jenkinsfile` | added |');

    const writes = github.writes().length;
    const second = await gatehouse(github, cwd, ['sync']);
    expect(second.code).to.equal(0);
    expect(second.out).to.match(/sync: nothing to do \(9 up to date\)\n$/);
    expect(second.out).to.include('pull request #1 is open for review');
    expect(github.writes().length, 'the re-run writes nothing').to.equal(writes);
  });

  it('after the pull requests are merged: deletes the sync branches once, then has nothing to do; one changed module gets exactly one pull request', async () => {
    await gatehouse(github, cwd, ['sync']);
    for (const module of repos.keys()) squashMerge(repoOf(module), openPulls(module)[0]!.number);
    const cleanup = await gatehouse(github, cwd, ['sync']);
    expect(cleanup.code).to.equal(0);
    expect(cleanup.out.match(/\+ delete branch gatehouse\/sync/g)).to.have.length(9);
    expect((await gatehouse(github, cwd, ['sync'])).out).to.match(/sync: nothing to do \(9 up to date\)\n$/);

    await editConfig((text) => text.replace('      port: 8000\n', '      port: 8001\n'));
    const one = await gatehouse(github, cwd, ['sync']);
    expect(one.code).to.equal(0);
    expect(one.out).to.match(/sync: 1 done, 8 up to date\n$/);
    expect(one.out).to.include('catalog: done\n');
    expect([...repos.keys()].filter((m) => openPulls(m).length > 0)).to.deep.equal(['catalog']);
    expect(openPulls('catalog')[0]?.title).to.match(/^gatehouse sync catalog \(\d+ updated\)$/);
  });

  it('refuses a file edited by hand in a module repository (GH703) and overwrites it with --force', async () => {
    await gatehouse(github, cwd, ['sync', '--module', 'auth']);
    squashMerge(repoOf('auth'), openPulls('auth')[0]!.number);
    repoOf('auth').commitFiles('staging', { Jenkinsfile: '// my own pipeline\n' }, 'hand edit');
    await editConfig((text) => text.replace('    version: 3.1.0\n', '    version: 3.2.0\n'));
    const refused = await gatehouse(github, cwd, ['sync', '--module', 'auth']);
    expect(refused.code).to.equal(1);
    expect(refused.out).to.include('auth: refused\n  error GH703: Jenkinsfile in acme-online/auth-service@staging was edited by hand since gatehouse wrote it\n    hint: move the change into modules.yaml or the templates, or pass --force to overwrite it\n');
    expect(openPulls('auth')).to.deep.equal([]);
    const forced = await gatehouse(github, cwd, ['sync', '--module', 'auth', '--force']);
    expect(forced.code).to.equal(0);
    expect(repoOf('auth').files(SYNC)['Jenkinsfile']).to.equal((await generatedOf('auth'))['Jenkinsfile']);
    expect(openPulls('auth')[0]?.body).to.include('| `Jenkinsfile` | overwritten |');
  });

  it('refuses to replace a Jenkinsfile gatehouse never wrote (GH704) unless --force', async () => {
    repoOf('editor').commitFiles('staging', { Jenkinsfile: 'pipeline { }\n' }, 'hand-written pipeline');
    const refused = await gatehouse(github, cwd, ['sync', '--module', 'editor']);
    expect(refused.code).to.equal(1);
    expect(refused.out).to.include('error GH704: Jenkinsfile in acme-online/editor-backend@staging was not written by gatehouse');
    expect((await gatehouse(github, cwd, ['sync', '--module', 'editor', '--force'])).code).to.equal(0);
  });

  it('closes a sync pull request that is no longer needed, with one comment, and deletes its branch', async () => {
    const original = await readFile(join(cwd, 'modules.yaml'), 'utf8');
    await gatehouse(github, cwd, ['sync']);
    for (const module of repos.keys()) squashMerge(repoOf(module), openPulls(module)[0]!.number);
    await gatehouse(github, cwd, ['sync']);
    await editConfig((text) => text.replace('      port: 8000\n', '      port: 8001\n'));
    await gatehouse(github, cwd, ['sync', '--module', 'catalog']);
    const [pull] = openPulls('catalog');
    await editConfig(() => original);
    const closing = await gatehouse(github, cwd, ['sync', '--module', 'catalog']);
    expect(closing.code).to.equal(0);
    expect(closing.out).to.include(`catalog: done\n  + close pull request #${pull!.number} in acme-online/catalog with a comment\n  + delete branch gatehouse/sync in acme-online/catalog\n`);
    expect(openPulls('catalog')).to.deep.equal([]);
    expect(repoOf('catalog').comments.map((c) => c.body)).to.have.length(1);
    expect(repoOf('catalog').comments[0]?.body).to.match(/^staging already holds the files gatehouse generates for catalog, so this pull request is no longer needed/);
    expect(repoOf('catalog').branchSha(SYNC)).to.equal(undefined);
    expect((await gatehouse(github, cwd, ['sync', '--module', 'catalog'])).out).to.match(/nothing to do/);
  });

  it('refuses to replace a commit on the sync branch that gatehouse did not make (GH705)', async () => {
    await gatehouse(github, cwd, ['sync', '--module', 'auth']);
    repoOf('auth').commitFiles(SYNC, { 'NOTES.md': 'reviewer fix\n' }, 'fix typo');
    await editConfig((text) => text.replace('    version: 3.1.0\n', '    version: 3.2.0\n'));
    const refused = await gatehouse(github, cwd, ['sync', '--module', 'auth']);
    expect(refused.code).to.equal(1);
    expect(refused.out).to.match(/error GH705: the newest commit on gatehouse\/sync in acme-online\/auth-service \([0-9a-f]{12}\) was not made by gatehouse/);
  });

  it('prints the operations with --dry-run and changes nothing', async () => {
    const run = await gatehouse(github, cwd, ['sync', '--dry-run', '--module', 'auth', '--module', 'catalog']);
    expect(run.code).to.equal(0);
    expect(run.out).to.match(/^auth: would do \(dry run\)\n {2}- commit \d+ file\(s\) written, 0 deleted to acme-online\/auth-service gatehouse\/sync \(new branch\): gatehouse sync auth/);
    expect(run.out).to.match(/sync \(dry run, nothing changed\): 2 would change\n$/);
    expect(github.writes()).to.deep.equal([]);
  });

  it('waits out a 403 secondary rate limit (retry-after) and retries a 502 during apply; the end state is right', async () => {
    github.faults.add(secondaryRateLimit('POST git/create-tree', 2));
    github.faults.add(badGateway('POST pulls/create', 2));
    const run = await gatehouse(github, cwd, ['sync', '--module', 'auth', '--module', 'catalog']);
    expect(run.code, run.out + run.err).to.equal(0);
    expect(run.err).to.match(/GitHub secondary rate limit on POST .*\/git\/trees: retrying in 2 s/);
    const statuses = github.requests.filter((r) => r.method !== 'GET').map((r) => `${r.operation} ${r.status}`);
    expect(statuses.filter((s) => s.endsWith(' 403') || s.endsWith(' 502'))).to.deep.equal(['git/create-tree 403', 'pulls/create 502', 'pulls/create 502']);
    expect(openPulls('auth')).to.have.length(1);
    expect(openPulls('catalog')).to.have.length(1);
  });

  it('takes a 422 "A pull request already exists" as the pull request to update', async () => {
    github.hooks.push((operation, call) => {
      if (operation !== 'pulls/create' || call.repo.pulls.length > 0) return;
      call.repo.pulls.push({ number: call.repo.nextNumber(), title: 'opened by someone', body: null, state: 'open', head: SYNC, headSha: call.repo.branchSha(SYNC)!, base: 'staging', author: 'someone', labels: [], mergedAt: null, mergeCommitSha: null, createdAt: '2026-01-01T00:00:00Z' });
    });
    const run = await gatehouse(github, cwd, ['sync', '--module', 'auth']);
    expect(run.code, run.out).to.equal(0);
    expect(openPulls('auth').map((p) => p.title)).to.deep.equal([openPulls('auth')[0]!.title]);
    expect(openPulls('auth')[0]?.title).to.match(/^gatehouse sync auth/);
  });

  it('converges when a run is interrupted after half of its writes', async () => {
    github.faults.failWritesAfter(18);
    const interrupted = await gatehouse(github, cwd, ['sync']);
    expect(interrupted.code).to.equal(1);
    expect(interrupted.out).to.match(/failed/);
    github.faults.restore();
    const rerun = await gatehouse(github, cwd, ['sync']);
    expect(rerun.code, rerun.out).to.equal(0);
    for (const [module, repo] of repos) {
      expect(openPulls(module), module).to.have.length(1);
      expect(repo.git.get(repo.branchSha(SYNC)!, 'commit')?.parents, module).to.deep.equal([repo.branchSha('staging')]);
      for (const [path, content] of Object.entries(await generatedOf(module))) expect(repo.files(SYNC)[path], `${module} ${path}`).to.equal(content);
    }
    expect((await gatehouse(github, cwd, ['sync'])).out).to.match(/sync: nothing to do \(9 up to date\)\n$/);
  });
});
