// `gatehouse release prepare` against the fake GitHub: notes from the squash-merged pull
// requests since the last release tag, the issue rule, the bump, the release branch and pull
// request with the checklist, the new version in modules.yaml, and re-runs.
import { expect } from 'chai';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadProject } from '../../src/app/load-project.js';
import { DEFAULT_CONFIG } from '../../src/util/paths.js';
import { removeTempDirs } from '../output/temp-dir.js';
import { annotatedTag, landPull, mergeBranch, openIssue, squashMerge } from './fake-github/seed.js';
import { FakeGitHub } from './fake-github/server.js';
import type { FakeRepo } from './fake-github/state.js';
import { gatehouse, makeProject, OWNER } from './project.js';

const BRANCH = 'release/auth-3.2.0';

describe('github: gatehouse release prepare', function () {
  let github: FakeGitHub;
  let repo: FakeRepo;
  let cwd: string;
  let issue: number;

  const config = () => readFile(join(cwd, 'modules.yaml'), 'utf8');
  const releasePulls = () => repo.pulls.filter((p) => p.base === 'master' && p.state === 'open');

  beforeEach(async () => {
    github = await new FakeGitHub().start();
    const { model } = await loadProject(DEFAULT_CONFIG);
    for (const module of model!.modules) {
      const each = github.state.createRepo(OWNER, module.repository);
      each.commitFiles('staging', { 'README.md': 'x\n' }, 'initial');
      mergeBranch(each, 'staging', 'master', 'first release');
    }
    repo = github.state.repo(OWNER, 'auth-service')!;
    cwd = await makeProject(github);
    await gatehouse(github, cwd, ['generate']);
    // auth's generated files are on staging (synced and merged) and 3.1.0 is released.
    await gatehouse(github, cwd, ['sync', '--module', 'auth']);
    squashMerge(repo, repo.pulls[0]!.number);
    mergeBranch(repo, 'staging', 'master', 'release 3.1.0');
    annotatedTag(repo, 'auth-v3.1.0', repo.branchSha('master')!);
    issue = openIssue(repo, 'Sessions expire too early');
    landPull(repo, 'staging', { title: 'Add refresh tokens', body: `Implements #${issue}.`, labels: ['feature'], author: 'arjun' });
    landPull(repo, 'staging', { title: 'Fix clock skew', head: `bugfix/${issue}-skew`, author: 'meera' });
    landPull(repo, 'staging', { title: 'Bump dependencies', body: 'Routine.', author: 'kabir' });
  });
  afterEach(async () => {
    await github.stop();
    github.assertClean();
    await removeTempDirs();
  });

  it('refuses a release with a pull request that references no issue (GH708), and changes nothing', async () => {
    const before = await config();
    const run = await gatehouse(github, cwd, ['release', 'prepare', '--module', 'auth']);
    expect(run.code).to.equal(1);
    expect(run.out).to.match(/^auth: refused\n {2}error GH708: pull request #5 "Bump dependencies" by @kabir references no issue\n/m);
    expect(github.writes().filter((w) => w.path.includes('auth-service'))).to.have.length(4);
    expect(await config()).to.equal(before);
  });

  it('prepares the release: minor bump from labels, release branch with the version files, pull request with notes and checklist, modules.yaml', async () => {
    repo.pulls.find((p) => p.title === 'Bump dependencies')!.body = `Routine, for #${issue}.`;
    const before = await config();
    const run = await gatehouse(github, cwd, ['release', 'prepare']);
    expect(run.code, run.out).to.equal(0);
    expect(run.out).to.include('auth 3.2.0 (minor bump of 3.1.0 (from the pull request labels)): 3 pull requests since auth-v3.1.0: 1 feature, 2 other changes');
    expect(run.out).to.match(/release prepare: 1 done, 8 up to date\n$/);
    const head = repo.git.get(repo.branchSha(BRANCH)!, 'commit')!;
    expect(head.parents).to.deep.equal([repo.branchSha('staging')]);
    expect(repo.files(BRANCH)['chart/Chart.yaml']).to.match(/^version: "3\.2\.0"$/m);
    expect(repo.files('staging')['chart/Chart.yaml']).to.match(/^version: "3\.1\.0"$/m);
    const [pull] = releasePulls();
    expect(pull?.title).to.equal('Release auth 3.2.0');
    expect(pull?.head).to.equal(BRANCH);
    expect(pull?.body).to.include('### Features\n\n- Add refresh tokens (#3 by @arjun; issue #2) [feature]');
    expect(pull?.body).to.include('## Release checklist\n\n- [ ] Module lead: unit tests added for every change are listed\n');
    expect(pull?.body).to.include('- [ ] SRE: on-call group named\n');
    const after = await config();
    expect(after).to.equal(before.replace('    version: 3.1.0\n', '    version: 3.2.0\n'));

    const writes = github.writes().length;
    const again = await gatehouse(github, cwd, ['release', 'prepare']);
    expect(again.code).to.equal(0);
    expect(again.out).to.match(/release prepare: nothing to do \(9 up to date\)\n$/);
    expect(again.out).to.include('auth 3.2.0 (already in preparation on release/auth-3.2.0)');
    expect(github.writes().length).to.equal(writes);
    expect(await config()).to.equal(after);
  });

  it('keeps ticked checklist items when it updates the release pull request', async () => {
    repo.pulls.find((p) => p.title === 'Bump dependencies')!.body = `For #${issue}.`;
    await gatehouse(github, cwd, ['release', 'prepare', '--module', 'auth']);
    const [pull] = releasePulls();
    pull!.body = pull!.body!.replace('- [ ] SRE: on-call group named', '- [x] SRE: on-call group named');
    repo.pulls.find((p) => p.title === 'Fix clock skew')!.title = 'Fix clock skew in token validation';
    const run = await gatehouse(github, cwd, ['release', 'prepare', '--module', 'auth']);
    expect(run.out).to.include(`+ update pull request #${pull!.number}`);
    expect(pull?.body).to.include('- [x] SRE: on-call group named');
    expect(pull?.body).to.include('- Fix clock skew in token validation (#4 by @meera; issue #2)');
  });

  it('takes --bump over the labels, and lists unreferenced pull requests as warnings when the rule is off', async () => {
    await writeFile(join(cwd, 'modules.yaml'), (await config()).replace("  releaseTime: '17:00'\n", "  releaseTime: '17:00'\n  github:\n    requireIssueReference: false\n"));
    const run = await gatehouse(github, cwd, ['release', 'prepare', '--module', 'auth', '--bump', 'major']);
    expect(run.code, run.out).to.equal(0);
    expect(run.out).to.include('warning GH708: pull request #5 "Bump dependencies" by @kabir references no issue');
    expect(releasePulls()[0]?.title).to.equal('Release auth 4.0.0');
    expect(releasePulls()[0]?.body).to.include('### Without an issue reference\n\n- #5 Bump dependencies (@kabir)');
    expect(await config()).to.include('    version: 4.0.0\n');
    const conflicting = await gatehouse(github, cwd, ['release', 'prepare', '--module', 'auth', '--bump', 'minor']);
    expect(conflicting.code).to.equal(1);
    expect(conflicting.out).to.include('error GH711: release 4.0.0 of auth is already in preparation (branch release/auth-4.0.0)');
  });

  it('prints the plan with --dry-run and writes neither GitHub nor modules.yaml', async () => {
    repo.pulls.find((p) => p.title === 'Bump dependencies')!.body = `For #${issue}.`;
    const before = await config();
    const writes = github.writes().length;
    const run = await gatehouse(github, cwd, ['release', 'prepare', '--module', 'auth', '--dry-run']);
    expect(run.code).to.equal(0);
    expect(run.out).to.include('  - set modules.auth.version 3.1.0 -> 3.2.0 in modules.yaml\n');
    expect(github.writes().length).to.equal(writes);
    expect(await config()).to.equal(before);
  });

  it('reads release notes over more than 250 pull requests (every page of the comparison)', async () => {
    repo.pulls.find((p) => p.title === 'Bump dependencies')!.body = `For #${issue}.`;
    for (let i = 0; i < 257; i++) landPull(repo, 'staging', { title: `Change ${i}`, body: `Refs #${issue}`, author: 'dev' });
    const run = await gatehouse(github, cwd, ['release', 'prepare', '--module', 'auth']);
    expect(run.code, run.out).to.equal(0);
    expect(run.out).to.include('260 pull requests since auth-v3.1.0');
    const body = releasePulls()[0]?.body ?? '';
    expect(body.match(/^- Change \d+ /gm)).to.have.length(257);
    expect(github.requests.filter((r) => r.operation === 'repos/compare-commits-with-basehead')).to.have.length(3);
  });
});
