// Reads the pull requests a release contains, through the port: every commit between two
// revisions, the pull request that landed each one (squash-merged or merged into the base
// branch: its merge commit is that commit), and the first issue each references that exists
// and is not itself a pull request.
import type { GitHubPort, PullRequest, RepoId } from '../port.js';
import type { IssueRef } from './issue-refs.js';
import { findIssueReferences } from './issue-refs.js';

export interface ReleasePull extends PullRequest {
  /** The confirmed issue it references, or null. */
  issue: IssueRef | null;
  /** gatehouse's own sync pull requests need no issue: they carry modules.yaml changes that do. */
  generated: boolean;
}

/** Requests in flight at once while reading many pull requests (the throttling plugin still paces them). */
const CONCURRENCY = 8;

export async function readReleasePulls(
  port: GitHubPort,
  repo: RepoId,
  range: { base: string; head: string },
  branches: { base: string; sync: string },
): Promise<ReleasePull[]> {
  const commits = await port.compareCommits(repo, range.base, range.head);
  const landed = await mapLimit(commits, async (commit) =>
    (await port.pullsOfCommit(repo, commit.sha)).find((p) => p.mergedAt !== null && p.base === branches.base && p.mergeCommitSha === commit.sha),
  );
  const pulls = landed.filter((p): p is PullRequest => p !== undefined).filter((p, i, all) => all.findIndex((q) => q.number === p.number) === i);
  const confirmed = new Map<string, Promise<boolean>>();
  const isIssue = (ref: IssueRef) => {
    const key = `${ref.repo.owner}/${ref.repo.name}#${ref.number}`.toLowerCase();
    if (!confirmed.has(key)) confirmed.set(key, port.getIssue(ref.repo, ref.number).then((i) => i !== undefined && !i.isPullRequest));
    return confirmed.get(key) as Promise<boolean>;
  };
  return mapLimit(pulls, async (pull): Promise<ReleasePull> => {
    const generated = pull.head === branches.sync;
    let issue: IssueRef | null = null;
    for (const ref of generated ? [] : findIssueReferences(pull, repo)) {
      if (await isIssue(ref)) {
        issue = ref;
        break;
      }
    }
    return { ...pull, issue, generated };
  });
}

/** `items.map(work)` with at most CONCURRENCY calls running, results in input order. */
async function mapLimit<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return results;
}
