// The GitHub port, implemented with octokit: each method is one REST call (or one paginated
// listing) mapped to the port's plain data. Errors become GitHubError (status, request, GitHub's
// message); a 404 on a lookup is "not there" (undefined), never an error.
import type { ClientOptions } from './client.js';
import { createClient } from './client.js';
import { call, orUndefined } from './errors.js';
import { GitHubError } from '../release/port.js';
import type { CompareCommit, GitHubPort, PullRequest, RepoId, TreeChange } from '../release/port.js';

const PER_PAGE = 100;

export function createGitHubPort(options: ClientOptions): GitHubPort {
  const client = createClient(options);
  const at = (repo: RepoId) => ({ owner: repo.owner, repo: repo.name });
  return {
    getRef: (repo, ref) =>
      orUndefined(async () => {
        const { data } = await client.rest.git.getRef({ ...at(repo), ref });
        return { sha: data.object.sha, type: data.object.type };
      }),
    listMatchingRefs: (repo, prefix) =>
      call(async () => {
        const refs = await client.paginate(client.rest.git.listMatchingRefs, { ...at(repo), ref: prefix });
        return refs.map((r) => ({ ref: r.ref, target: { sha: r.object.sha, type: r.object.type } }));
      }),
    getCommit: (repo, sha) =>
      orUndefined(async () => {
        const { data } = await client.rest.git.getCommit({ ...at(repo), commit_sha: sha });
        return { sha: data.sha, tree: data.tree.sha, parents: data.parents.map((p) => p.sha), message: data.message };
      }),
    getTreeFiles: (repo, treeSha) =>
      call(async () => {
        const { data } = await client.rest.git.getTree({ ...at(repo), tree_sha: treeSha, recursive: 'true' });
        if (data.truncated) {
          throw new GitHubError(200, `GET /repos/${repo.owner}/${repo.name}/git/trees/${treeSha}`, 'the tree is too large for one listing (truncated)');
        }
        return data.tree.filter((e) => e.type === 'blob').map((e) => ({ path: e.path, mode: e.mode, sha: e.sha }));
      }),
    getBlobText: (repo, sha) =>
      call(async () => {
        const { data } = await client.rest.git.getBlob({ ...at(repo), file_sha: sha });
        return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
      }),
    getTag: (repo, sha) =>
      call(async () => {
        const { data } = await client.rest.git.getTag({ ...at(repo), tag_sha: sha });
        return { sha: data.sha, tag: data.tag, message: data.message, target: { sha: data.object.sha, type: data.object.type } };
      }),
    createTree: (repo, baseTree, changes) =>
      call(async () => {
        const tree = changes.map(treeEntry);
        const { data } = await client.rest.git.createTree({ ...at(repo), tree, ...(baseTree === undefined ? {} : { base_tree: baseTree }) });
        return data.sha;
      }),
    createCommit: (repo, commit) =>
      call(async () => (await client.rest.git.createCommit({ ...at(repo), ...commit })).data.sha),
    createRef: (repo, ref, sha) =>
      call(async () => {
        await client.rest.git.createRef({ ...at(repo), ref: `refs/${ref}`, sha });
      }),
    updateRef: (repo, ref, sha, force) =>
      call(async () => {
        await client.rest.git.updateRef({ ...at(repo), ref, sha, force });
      }),
    deleteRef: (repo, ref) =>
      call(async () => {
        await client.rest.git.deleteRef({ ...at(repo), ref });
      }),
    createTag: (repo, tag) =>
      call(async () => {
        const { data } = await client.rest.git.createTag({ ...at(repo), tag: tag.tag, message: tag.message, object: tag.commit, type: 'commit' });
        return data.sha;
      }),
    findOpenPull: (repo, head, base) =>
      call(async () => {
        const { data } = await client.rest.pulls.list({ ...at(repo), state: 'open', head: `${repo.owner}:${head}`, base, per_page: PER_PAGE });
        const found = data.find((p) => p.head.ref === head && p.base.ref === base);
        return found === undefined ? undefined : toPull(found);
      }),
    createPull: (repo, pull) => call(async () => toPull((await client.rest.pulls.create({ ...at(repo), ...pull })).data)),
    updatePull: (repo, number, change) =>
      call(async () => {
        await client.rest.pulls.update({ ...at(repo), pull_number: number, ...change });
      }),
    listComments: (repo, issue) =>
      call(async () => {
        const comments = await client.paginate(client.rest.issues.listComments, { ...at(repo), issue_number: issue, per_page: PER_PAGE });
        return comments.map((c) => ({ id: c.id, body: c.body ?? '' }));
      }),
    createComment: (repo, issue, body) =>
      call(async () => {
        await client.rest.issues.createComment({ ...at(repo), issue_number: issue, body });
      }),
    compareCommits: (repo, base, head) =>
      call(async () => {
        // Page by page: without per_page/page GitHub lists at most 250 commits of a comparison.
        const commits: CompareCommit[] = [];
        for (let page = 1; ; page++) {
          const { data } = await client.rest.repos.compareCommitsWithBasehead({ ...at(repo), basehead: `${base}...${head}`, per_page: PER_PAGE, page });
          commits.push(...data.commits.map((c) => ({ sha: c.sha, message: c.commit.message })));
          if (data.commits.length < PER_PAGE || commits.length >= data.total_commits) return commits;
        }
      }),
    pullsOfCommit: (repo, sha) =>
      call(async () => {
        const pulls = await client.paginate(client.rest.repos.listPullRequestsAssociatedWithCommit, { ...at(repo), commit_sha: sha, per_page: PER_PAGE });
        return pulls.map(toPull);
      }),
    getIssue: (repo, number) =>
      orUndefined(async () => {
        const { data } = await client.rest.issues.get({ ...at(repo), issue_number: number });
        return { number: data.number, title: data.title, state: data.state, isPullRequest: data.pull_request !== undefined, url: data.html_url };
      }),
    getReleaseByTag: (repo, tag) =>
      orUndefined(async () => {
        const { data } = await client.rest.repos.getReleaseByTag({ ...at(repo), tag });
        return { id: data.id, tag: data.tag_name, name: data.name ?? '', body: data.body ?? '', url: data.html_url };
      }),
    createRelease: (repo, release) =>
      call(async () => {
        await client.rest.repos.createRelease({ ...at(repo), tag_name: release.tag, name: release.name, body: release.body });
      }),
    updateRelease: (repo, id, release) =>
      call(async () => {
        await client.rest.repos.updateRelease({ ...at(repo), release_id: id, ...release });
      }),
  };
}

type TreeEntry = { path: string; mode: '100644'; type: 'blob'; content: string } | { path: string; mode: '100644'; type: 'blob'; sha: null };

function treeEntry(change: TreeChange): TreeEntry {
  return change.content === null
    ? { path: change.path, mode: '100644', type: 'blob', sha: null }
    : { path: change.path, mode: '100644', type: 'blob', content: change.content };
}

interface PullData {
  number: number;
  title: string;
  body: string | null;
  state: string;
  head: { ref: string };
  base: { ref: string };
  user: { login: string } | null;
  labels: { name?: string }[];
  html_url: string;
  merged_at: string | null;
  merge_commit_sha: string | null;
}

function toPull(p: PullData): PullRequest {
  return {
    number: p.number,
    title: p.title,
    body: p.body ?? '',
    state: p.state === 'open' ? 'open' : 'closed',
    head: p.head.ref,
    base: p.base.ref,
    author: p.user?.login ?? 'ghost',
    labels: p.labels.flatMap((l) => (l.name === undefined ? [] : [l.name])),
    url: p.html_url,
    mergedAt: p.merged_at,
    mergeCommitSha: p.merge_commit_sha,
  };
}
