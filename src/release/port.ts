// The GitHub port: every GitHub operation gatehouse needs, as plain data in and out. Planning
// reads through it and the apply step writes through it; its only implementation is
// src/github/octokit-port.ts (the one file that imports octokit), and the tests talk to a local
// GitHub-shaped server through that same implementation.

/** A repository, `owner/name`. */
export interface RepoId {
  owner: string;
  name: string;
}

export function repoSlug(repo: RepoId): string {
  return `${repo.owner}/${repo.name}`;
}

/** What a ref points at: a commit, or (for annotated tags) a tag object. */
export interface RefTarget {
  sha: string;
  type: string;
}

export interface MatchingRef {
  /** Full name, e.g. `refs/tags/auth-v3.1.0`. */
  ref: string;
  target: RefTarget;
}

export interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
}

/** One blob of a recursive tree listing. */
export interface TreeFile {
  path: string;
  mode: string;
  sha: string;
}

export interface TagInfo {
  sha: string;
  tag: string;
  message: string;
  target: RefTarget;
}

/** A file gatehouse writes into a tree: its text, or null to delete it. */
export interface TreeChange {
  path: string;
  content: string | null;
}

export interface PullRequest {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  head: string;
  base: string;
  author: string;
  labels: string[];
  url: string;
  mergedAt: string | null;
  mergeCommitSha: string | null;
}

export interface IssueInfo {
  number: number;
  title: string;
  state: string;
  /** GitHub's issues API also returns pull requests; a reference to a PR is not an issue reference. */
  isPullRequest: boolean;
  url: string;
}

export interface CommentInfo {
  id: number;
  body: string;
}

export interface ReleaseInfo {
  id: number;
  tag: string;
  name: string;
  body: string;
  url: string;
}

export interface CompareCommit {
  sha: string;
  message: string;
}

export interface GitHubPort {
  /** `heads/x` or `tags/x` (no `refs/`); undefined when it does not exist. */
  getRef(repo: RepoId, ref: string): Promise<RefTarget | undefined>;
  /** Every ref whose name starts with the prefix (`tags/auth-v`). */
  listMatchingRefs(repo: RepoId, prefix: string): Promise<MatchingRef[]>;
  /** Full or abbreviated sha; undefined when the repository has no such commit. */
  getCommit(repo: RepoId, sha: string): Promise<CommitInfo | undefined>;
  /** Every blob under the tree, recursively. */
  getTreeFiles(repo: RepoId, treeSha: string): Promise<TreeFile[]>;
  getBlobText(repo: RepoId, sha: string): Promise<string>;
  getTag(repo: RepoId, sha: string): Promise<TagInfo>;
  /** A new tree: the base tree with the changes applied. Returns its sha. */
  createTree(repo: RepoId, baseTree: string | undefined, changes: readonly TreeChange[]): Promise<string>;
  createCommit(repo: RepoId, commit: { message: string; tree: string; parents: string[] }): Promise<string>;
  createRef(repo: RepoId, ref: string, sha: string): Promise<void>;
  updateRef(repo: RepoId, ref: string, sha: string, force: boolean): Promise<void>;
  deleteRef(repo: RepoId, ref: string): Promise<void>;
  /** An annotated tag object on a commit. Returns its sha (the ref is created separately). */
  createTag(repo: RepoId, tag: { tag: string; message: string; commit: string }): Promise<string>;
  /** The open pull request from `head` (a branch of the same repository) into `base`. */
  findOpenPull(repo: RepoId, head: string, base: string): Promise<PullRequest | undefined>;
  createPull(repo: RepoId, pull: { head: string; base: string; title: string; body: string }): Promise<PullRequest>;
  updatePull(repo: RepoId, number: number, change: { title?: string; body?: string; state?: 'closed' }): Promise<void>;
  listComments(repo: RepoId, issue: number): Promise<CommentInfo[]>;
  createComment(repo: RepoId, issue: number, body: string): Promise<void>;
  /** Commits reachable from head and not from base (every page). */
  compareCommits(repo: RepoId, base: string, head: string): Promise<CompareCommit[]>;
  pullsOfCommit(repo: RepoId, sha: string): Promise<PullRequest[]>;
  getIssue(repo: RepoId, number: number): Promise<IssueInfo | undefined>;
  getReleaseByTag(repo: RepoId, tag: string): Promise<ReleaseInfo | undefined>;
  createRelease(repo: RepoId, release: { tag: string; name: string; body: string }): Promise<void>;
  updateRelease(repo: RepoId, id: number, release: { name: string; body: string }): Promise<void>;
}

/** A request GitHub answered with an error (after the client's retries), as data. */
export class GitHubError extends Error {
  override name = 'GitHubError';
  constructor(
    /** HTTP status; 0 when GitHub could not be reached at all. */
    readonly status: number,
    /** `METHOD /path` of the request, never its headers (the token stays out of every message). */
    readonly request: string,
    /** GitHub's own message, with the details of a validation error. */
    readonly detail: string,
  ) {
    super(`${request}: ${status === 0 ? 'GitHub could not be reached' : `GitHub answered ${status}`}: ${detail}`);
  }

  /** 422 "Reference already exists", "A pull request already exists for ...", "already_exists". */
  get alreadyExists(): boolean {
    return this.status === 422 && /already exists|already_exists/i.test(this.detail);
  }
}
