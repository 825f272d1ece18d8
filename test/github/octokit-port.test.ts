// The octokit adapter against the fake GitHub: every port method makes requests that GitHub's
// OpenAPI description accepts, and reads responses that match it, with real git object ids.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { createGitHubPort } from '../../src/github/octokit-port.js';
import { GitHubError } from '../../src/release/port.js';
import type { GitHubPort, RepoId } from '../../src/release/port.js';
import { blobId, treeId } from '../../src/util/git-objects.js';
import { FakeGitHub } from './fake-github/server.js';
import { badGateway, secondaryRateLimit } from './fake-github/faults.js';

const REPO: RepoId = { owner: 'acme', name: 'svc' };

describe('github: octokit port against the fake GitHub', function () {
  let github: FakeGitHub;
  let port: GitHubPort;
  let warnings: string[];

  beforeEach(async () => {
    github = await new FakeGitHub().start();
    warnings = [];
    port = createGitHubPort({ apiUrl: github.apiUrl, token: github.token, timing: { msPerSecond: 1, writeIntervalMs: 0 }, warn: (m) => warnings.push(m) });
  });
  afterEach(async () => {
    await github.stop();
  });

  it('reads refs, commits, trees and blobs with the ids git itself computes', async () => {
    const repo = github.state.createRepo('acme', 'svc');
    const head = repo.commitFiles('main', { 'README.md': 'hello\n', 'chart/Chart.yaml': 'name: svc\n' }, 'first');
    const ref = await port.getRef(REPO, 'heads/main');
    expect(ref).to.deep.equal({ sha: head, type: 'commit' });
    expect(await port.getRef(REPO, 'heads/nope')).to.equal(undefined);
    const commit = await port.getCommit(REPO, head.slice(0, 10));
    expect(commit?.sha).to.equal(head);
    const files = await port.getTreeFiles(REPO, commit!.tree);
    expect(files.map((f) => f.path)).to.deep.equal(['README.md', 'chart/Chart.yaml']);
    expect(files[0]?.sha).to.equal(blobId('hello\n'));
    expect(files[0]?.sha).to.equal(execFileSync('git', ['hash-object', '--stdin'], { input: 'hello\n' }).toString().trim());
    expect(commit?.tree).to.equal(treeId(new Map(files.map((f) => [f.path, f.sha]))));
    expect(await port.getBlobText(REPO, files[1]!.sha)).to.equal('name: svc\n');
    github.assertClean();
  });

  it('writes a tree on a base tree, a commit, refs, an annotated tag and a release', async () => {
    const repo = github.state.createRepo('acme', 'svc');
    const head = repo.commitFiles('main', { keep: 'mine\n', old: 'x\n' }, 'first');
    const base = await port.getCommit(REPO, head);
    const tree = await port.createTree(REPO, base!.tree, [{ path: 'new/file', content: 'new\n' }, { path: 'old', content: null }]);
    const commit = await port.createCommit(REPO, { message: 'sync', tree, parents: [head] });
    await port.createRef(REPO, 'heads/gatehouse/sync', commit);
    expect(repo.files('gatehouse/sync')).to.deep.equal({ keep: 'mine\n', 'new/file': 'new\n' });
    const tag = await port.createTag(REPO, { tag: 'svc-v1.0.0', message: 'release', commit });
    await port.createRef(REPO, 'tags/svc-v1.0.0', tag);
    expect((await port.getTag(REPO, tag)).target).to.deep.equal({ sha: commit, type: 'commit' });
    expect((await port.listMatchingRefs(REPO, 'tags/svc-v')).map((r) => r.ref)).to.deep.equal(['refs/tags/svc-v1.0.0']);
    await port.createRelease(REPO, { tag: 'svc-v1.0.0', name: 'svc 1.0.0', body: 'notes' });
    expect((await port.getReleaseByTag(REPO, 'svc-v1.0.0'))?.body).to.equal('notes');
    await port.updateRef(REPO, 'heads/main', commit, false);
    await port.deleteRef(REPO, 'heads/gatehouse/sync');
    expect(await port.getRef(REPO, 'heads/gatehouse/sync')).to.equal(undefined);
    github.assertClean();
  });

  it('reports 422 "Reference already exists" as an already-exists GitHubError without the token', async () => {
    const repo = github.state.createRepo('acme', 'svc');
    const head = repo.commitFiles('main', { a: 'a\n' }, 'first');
    const error = await port.createRef(REPO, 'heads/main', head).then(() => undefined, (e: unknown) => e);
    expect(error).to.be.instanceOf(GitHubError);
    expect((error as GitHubError).alreadyExists).to.equal(true);
    expect((error as GitHubError).message).to.equal('POST /api/v3/repos/acme/svc/git/refs: GitHub answered 422: Reference already exists');
    expect(JSON.stringify(error) + String(error)).to.not.include(github.token);
    github.assertClean();
  });

  it('opens, finds, updates and comments on pull requests', async () => {
    const repo = github.state.createRepo('acme', 'svc');
    repo.commitFiles('staging', { a: 'a\n' }, 'first');
    repo.commitFiles('feature', { a: 'b\n' }, 'change');
    const pull = await port.createPull(REPO, { head: 'feature', base: 'staging', title: 'T', body: 'B' });
    expect(await port.findOpenPull(REPO, 'feature', 'staging')).to.deep.include({ number: pull.number, title: 'T', body: 'B' });
    const again = await port.createPull(REPO, { head: 'feature', base: 'staging', title: 'T', body: 'B' }).catch((e: GitHubError) => e);
    expect((again as GitHubError).alreadyExists).to.equal(true);
    await port.createComment(REPO, pull.number, 'closing');
    await port.updatePull(REPO, pull.number, { state: 'closed' });
    expect(await port.findOpenPull(REPO, 'feature', 'staging')).to.equal(undefined);
    expect((await port.listComments(REPO, pull.number)).map((c) => c.body)).to.deep.equal(['closing']);
    github.assertClean();
  });

  it('retries a 403 secondary rate limit after retry-after and a 502, and says so', async () => {
    const repo = github.state.createRepo('acme', 'svc');
    const head = repo.commitFiles('main', { a: 'a\n' }, 'first');
    github.faults.add(secondaryRateLimit('POST git/create-tree', 3));
    github.faults.add(badGateway('POST git/create-commit'));
    const base = await port.getCommit(REPO, head);
    const tree = await port.createTree(REPO, base!.tree, [{ path: 'b', content: 'b\n' }]);
    await port.createCommit(REPO, { message: 'm', tree, parents: [head] });
    const statuses = github.requests.map((r) => `${r.operation} ${r.status}`);
    expect(statuses).to.deep.equal(['git/get-commit 200', 'git/create-tree 403', 'git/create-tree 201', 'git/create-commit 502', 'git/create-commit 201']);
    expect(warnings.join('\n')).to.match(/secondary rate limit on POST .*git\/trees: retrying in 3 s/);
    github.assertClean();
  });
});
