// Building repository histories in the fake for the scenarios: pull requests squash-merged into
// a branch, merges, tags, issues.
import { FAKE_PERSON } from './git-store.js';
import type { FakePull, FakeRepo } from './state.js';

export interface LandedPull {
  title: string;
  body?: string;
  /** Head branch name (may carry an issue number, `feature/12-login`). */
  head?: string;
  labels?: string[];
  author?: string;
  files?: Record<string, string>;
}

/** A pull request into `base`, squash-merged: one commit on base, the PR merged with it. */
export function landPull(repo: FakeRepo, base: string, pull: LandedPull): FakePull {
  const number = repo.nextNumber();
  const head = pull.head ?? `feature/change-${number}`;
  const files = pull.files ?? { [`changes/${number}.txt`]: `${pull.title}\n` };
  const sha = repo.commitFiles(base, files, `${pull.title} (#${number})`);
  const landed: FakePull = {
    number, title: pull.title, body: pull.body ?? null, state: 'closed', head, headSha: sha, base,
    author: pull.author ?? 'dev', labels: pull.labels ?? [], mergedAt: '2026-01-02T00:00:00Z', mergeCommitSha: sha, createdAt: '2026-01-01T00:00:00Z',
  };
  repo.pulls.push(landed);
  return landed;
}

export function openIssue(repo: FakeRepo, title: string): number {
  const number = repo.nextNumber();
  repo.issues.push({ number, title, state: 'open', author: 'pm' });
  return number;
}

/** A merge commit of `from` into `into` (both branches), as a merged release pull request leaves. */
export function mergeBranch(repo: FakeRepo, from: string, into: string, message: string): string {
  const theirs = repo.branchSha(from);
  const ours = repo.branchSha(into);
  const tree = theirs === undefined ? undefined : repo.git.get(theirs, 'commit')?.tree;
  if (theirs === undefined || tree === undefined) throw new Error(`no branch ${from}`);
  const sha = repo.git.put({ type: 'commit', tree, parents: ours === undefined ? [theirs] : [ours, theirs], message, author: FAKE_PERSON, committer: FAKE_PERSON });
  repo.git.refs.set(`refs/heads/${into}`, sha);
  return sha;
}

/** An annotated tag on a commit, as `git tag -a` pushes it. */
export function annotatedTag(repo: FakeRepo, tag: string, commit: string): string {
  const sha = repo.git.put({ type: 'tag', object: commit, objectType: 'commit', tag, message: `${tag}\n`, tagger: FAKE_PERSON });
  repo.git.refs.set(`refs/tags/${tag}`, sha);
  return sha;
}

/** Squash-merges an open pull request: one commit on its base with the head's tree. */
export function squashMerge(repo: FakeRepo, number: number): string {
  const pull = repo.pulls.find((p) => p.number === number && p.state === 'open');
  const head = pull === undefined ? undefined : repo.branchSha(pull.head);
  const tree = head === undefined ? undefined : repo.git.get(head, 'commit')?.tree;
  const base = pull === undefined ? undefined : repo.branchSha(pull.base);
  if (!pull || tree === undefined || base === undefined) throw new Error(`cannot merge #${number}`);
  const sha = repo.git.put({ type: 'commit', tree, parents: [base], message: `${pull.title} (#${number})`, author: FAKE_PERSON, committer: FAKE_PERSON });
  repo.git.refs.set(`refs/heads/${pull.base}`, sha);
  Object.assign(pull, { state: 'closed', mergedAt: '2026-01-03T00:00:00Z', mergeCommitSha: sha });
  return sha;
}
