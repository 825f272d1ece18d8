// What the fake GitHub remembers: repositories with their git data, pull requests, issues,
// comments and releases. Test helpers seed and inspect it directly; the HTTP handlers change it
// only the way GitHub's API does.
import { FAKE_PERSON, GitStore } from './git-store.js';

export interface FakePull {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  head: string;
  headSha: string;
  base: string;
  author: string;
  labels: string[];
  mergedAt: string | null;
  mergeCommitSha: string | null;
  createdAt: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  state: 'open' | 'closed';
  author: string;
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  author: string;
}

export interface FakeRelease {
  id: number;
  tag: string;
  name: string;
  body: string;
  author: string;
}

export class FakeRepo {
  readonly git = new GitStore();
  readonly pulls: FakePull[] = [];
  readonly issues: FakeIssue[] = [];
  readonly comments: FakeComment[] = [];
  readonly releases: FakeRelease[] = [];
  /** Issues and pull requests share one number sequence, as on GitHub. */
  private lastNumber = 0;

  constructor(
    readonly id: number,
    readonly owner: string,
    readonly name: string,
  ) {}

  nextNumber(): number {
    return ++this.lastNumber;
  }

  get empty(): boolean {
    return this.git.refs.size === 0;
  }

  branchSha(branch: string): string | undefined {
    return this.git.refs.get(`refs/heads/${branch}`);
  }

  /** Text files at the tip of a branch (path -> content). */
  files(branch: string): Record<string, string> {
    const sha = this.branchSha(branch);
    const commit = sha === undefined ? undefined : this.git.get(sha, 'commit');
    if (!commit) return {};
    const files: Record<string, string> = {};
    for (const [path, file] of this.git.flatten(commit.tree)) files[path] = this.git.get(file.sha, 'blob')?.content.toString('utf8') ?? '';
    return files;
  }

  /** A commit on a branch (created when missing) that sets (string) or deletes (null) files. */
  commitFiles(branch: string, changes: Record<string, string | null>, message: string): string {
    const parent = this.branchSha(branch);
    const base = parent === undefined ? new Map<string, { mode: string; sha: string }>() : this.git.flatten(this.git.get(parent, 'commit')?.tree ?? '');
    for (const [path, content] of Object.entries(changes)) {
      if (content === null) base.delete(path);
      else base.set(path, { mode: '100644', sha: this.git.put({ type: 'blob', content: Buffer.from(content) }) });
    }
    const tree = this.git.writeTree(base);
    const sha = this.git.put({ type: 'commit', tree, parents: parent === undefined ? [] : [parent], message, author: FAKE_PERSON, committer: FAKE_PERSON });
    this.git.refs.set(`refs/heads/${branch}`, sha);
    return sha;
  }
}

export class FakeState {
  readonly repos = new Map<string, FakeRepo>();
  private lastId = 1000;

  nextId(): number {
    return ++this.lastId;
  }

  repo(owner: string, name: string): FakeRepo | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  createRepo(owner: string, name: string): FakeRepo {
    const repo = new FakeRepo(this.nextId(), owner, name);
    this.repos.set(`${owner}/${name}`.toLowerCase(), repo);
    return repo;
  }
}
