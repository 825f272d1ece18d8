// `gatehouse release tag` against the fake GitHub: the annotated tag and the release with notes,
// idempotent re-runs, refusals, and the races an interrupted or concurrent run leaves behind.
import { expect } from 'chai';
import { FakeGitHub } from './fake-github/server.js';
import type { FakeRepo } from './fake-github/state.js';
import { annotatedTag, landPull, mergeBranch, openIssue } from './fake-github/seed.js';
import { gatehouse, makeProject, OWNER } from './project.js';
import { removeTempDirs } from '../output/temp-dir.js';

describe('github: gatehouse release tag', function () {
  let github: FakeGitHub;
  let repo: FakeRepo;
  let cwd: string;
  let released: string;

  beforeEach(async () => {
    github = await new FakeGitHub().start();
    repo = github.state.createRepo(OWNER, 'auth-service');
    repo.commitFiles('staging', { 'README.md': 'auth\n' }, 'initial');
    mergeBranch(repo, 'staging', 'master', 'first release');
    annotatedTag(repo, 'auth-v3.0.0', repo.branchSha('master')!);
    const issue = openIssue(repo, 'Rotate signing keys');
    landPull(repo, 'staging', { title: 'Rotate signing keys daily', body: `Closes #${issue}`, labels: ['feature'], author: 'arjun' });
    landPull(repo, 'staging', { title: 'Fix token expiry off-by-one', head: `bugfix/${issue}-expiry`, author: 'meera' });
    landPull(repo, 'staging', { title: 'Tidy logs', author: 'kabir' });
    released = mergeBranch(repo, 'staging', 'master', 'Merge release/auth-3.1.0');
    cwd = await makeProject(github);
  });
  afterEach(async () => {
    await github.stop();
    github.assertClean();
    await removeTempDirs();
  });

  it('creates the annotated tag on the commit and a release with the notes, then has nothing to do', async () => {
    const first = await gatehouse(github, cwd, ['release', 'tag', '--module', 'auth', '--sha', released]);
    expect(first.err).to.equal('');
    expect(first.code).to.equal(0);
    expect(first.out).to.include('auth: done\n  + tag auth-v3.1.0 (annotated) in acme-online/auth-service');
    const ref = repo.git.refs.get('refs/tags/auth-v3.1.0')!;
    const tag = repo.git.get(ref, 'tag');
    expect(tag?.object).to.equal(released);
    expect(tag?.message).to.equal(`auth 3.1.0\n\nRelease id: auth-3-1-0-${released.slice(0, 7)}\n3 pull requests since auth-v3.0.0: 1 feature, 2 other changes\n`);
    const [release] = repo.releases;
    expect(release?.name).to.equal('auth 3.1.0');
    expect(release?.body).to.include('### Features\n\n- Rotate signing keys daily (#2 by @arjun; issue #1) [feature]');
    expect(release?.body).to.include('- Fix token expiry off-by-one (#3 by @meera; issue #1)');
    expect(release?.body).to.include('### Without an issue reference\n\n- #4 Tidy logs (@kabir)');
    expect(first.out).to.include('warning GH708: pull request #4 "Tidy logs" references no issue');

    const writes = github.writes().length;
    const second = await gatehouse(github, cwd, ['release', 'tag', '--module', 'auth', '--sha', released]);
    expect(second.code).to.equal(0);
    expect(second.out).to.match(/^auth: nothing to do\n/);
    expect(second.out).to.match(/release tag: nothing to do \(1 up to date\)\n$/);
    expect(github.writes().length, 'the second run writes nothing').to.equal(writes);
    expect(repo.releases).to.have.length(1);
  });

  it('prints the operations with --dry-run and --format json, and changes nothing', async () => {
    const run = await gatehouse(github, cwd, ['release', 'tag', '--module', 'auth', '--sha', released, '--dry-run', '--format', 'json']);
    expect(run.code).to.equal(0);
    const report = JSON.parse(run.out) as { dryRun: boolean; results: { status: string; operations: { kind: string }[] }[] };
    expect(report.dryRun).to.equal(true);
    expect(report.results[0]?.status).to.equal('planned');
    expect(report.results[0]?.operations.map((o) => o.kind)).to.deep.equal(['tag', 'create-release']);
    expect(github.writes()).to.deep.equal([]);
  });

  it('refuses when the tag exists on another commit, and accepts it on the same commit', async () => {
    annotatedTag(repo, 'auth-v3.1.0', repo.branchSha('staging')!);
    const elsewhere = await gatehouse(github, cwd, ['release', 'tag', '--module', 'auth', '--sha', released]);
    expect(elsewhere.code).to.equal(1);
    expect(elsewhere.out).to.include(`auth: refused\n  error GH707: tag auth-v3.1.0 already exists in acme-online/auth-service on ${repo.branchSha('staging')!}, not on ${released}`);
    expect(github.writes()).to.deep.equal([]);
    annotatedTag(repo, 'auth-v3.1.0', released);
    const same = await gatehouse(github, cwd, ['release', 'tag', '--module', 'auth', '--sha', released.slice(0, 10)]);
    expect(same.code).to.equal(0);
    expect(same.out).to.include('+ create release auth-v3.1.0');
  });

  it('takes a 422 "Reference already exists" for a tag that appeared on the same commit as done', async () => {
    github.hooks.push((operation, call) => {
      if (operation === 'git/create-ref' && call.body['ref'] === 'refs/tags/auth-v3.1.0') call.repo.git.refs.set('refs/tags/auth-v3.1.0', released);
    });
    const run = await gatehouse(github, cwd, ['release', 'tag', '--module', 'auth', '--sha', released]);
    expect(run.code).to.equal(0);
    expect(github.requests.filter((r) => r.operation === 'git/create-ref').map((r) => r.status)).to.deep.equal([422]);
    expect(repo.releases).to.have.length(1);
  });

  it('creates the release when one for the tag appeared meanwhile by updating it (422 already_exists)', async () => {
    github.hooks.push((operation, call) => {
      if (operation === 'repos/create-release' && call.repo.releases.length === 0) call.repo.releases.push({ id: 1, tag: 'auth-v3.1.0', name: 'draft', body: 'draft', author: 'someone' });
    });
    const run = await gatehouse(github, cwd, ['release', 'tag', '--module', 'auth', '--sha', released]);
    expect(run.code).to.equal(0);
    expect(repo.releases.map((r) => r.name)).to.deep.equal(['auth 3.1.0']);
  });

  it('refuses a sha that is not a commit of the repository (GH712)', async () => {
    const run = await gatehouse(github, cwd, ['release', 'tag', '--module', 'auth', '--sha', 'deadbeef']);
    expect(run.code).to.equal(1);
    expect(run.out).to.include('error GH712: deadbeef is not a commit of acme-online/auth-service');
  });

  it('exits 2 without GITHUB_TOKEN, with a bad --sha or --release-id, or for an unknown module, before any request', async () => {
    const noToken = await gatehouse(github, cwd, ['release', 'tag', '--module', 'auth', '--sha', released], {});
    expect(noToken.code).to.equal(2);
    expect(noToken.err).to.equal('gatehouse: error GH700: GITHUB_TOKEN is not set\n  hint: export a token that may write to the repositories; gatehouse reads it from this variable only\n');
    expect((await gatehouse(github, cwd, ['release', 'tag', '--module', 'auth', '--sha', 'xyz'])).code).to.equal(2);
    const wrongId = await gatehouse(github, cwd, ['release', 'tag', '--module', 'auth', '--sha', released, '--release-id', 'auth-9-9-9-abcdef0']);
    expect(wrongId.code).to.equal(2);
    expect(wrongId.err).to.include('--release-id must be the release id of auth 3.1.0');
    const unknown = await gatehouse(github, cwd, ['release', 'tag', '--module', 'auht', '--sha', released]);
    expect(unknown.code).to.equal(2);
    expect(unknown.err).to.include('did you mean "auth"');
    expect(github.requests).to.deep.equal([]);
  });

  it('writes the given release id into the tag message', async () => {
    await gatehouse(github, cwd, ['release', 'tag', '--module', 'auth', '--sha', released, '--release-id', 'auth-3-1-0-0123abc']);
    const tag = repo.git.get(repo.git.refs.get('refs/tags/auth-v3.1.0')!, 'tag');
    expect(tag?.message).to.include('Release id: auth-3-1-0-0123abc\n');
  });
});
