// `sync` for one module: its generated files (Jenkinsfile, chart/) at the root of its repository.
// When the base branch differs, one gatehouse commit on the sync branch (built on the base's
// tree, so files gatehouse did not write stay as they are) and one open pull request into the
// base; when the base already holds them, an open sync pull request is closed with a comment and
// the sync branch deleted. Reading goes through the port; planning is pure.
import { problem } from '../codes.js';
import type { DesiredFile, FileChange } from '../deliver/plan-changes.js';
import { describeChanges, planFileChanges } from '../deliver/plan-changes.js';
import type { BranchState } from '../deliver/read-branch.js';
import { readBranch } from '../deliver/read-branch.js';
import type { Operation, TargetPlan } from '../operations.js';
import type { CommentInfo, GitHubPort, PullRequest, RepoId } from '../port.js';
import { repoSlug } from '../port.js';
import { blobId } from '../../util/git-objects.js';
import { digestMarker, renderSyncBody, renderSyncMessage, renderSyncTitle, SYNC_CLOSED_MARKER, SYNC_TRAILER, syncDigestOf } from './render-sync.js';
import type { SourceCommit } from './render-sync.js';

export interface SyncRequest {
  module: string;
  repo: RepoId;
  base: string;
  branch: string;
  files: DesiredFile[];
  force: boolean;
  source: SourceCommit | undefined;
}

export interface SyncState {
  base: BranchState | undefined;
  sync: BranchState | undefined;
  pull: PullRequest | undefined;
  comments: CommentInfo[];
}

export async function readSyncState(port: GitHubPort, request: SyncRequest): Promise<SyncState> {
  const base = await readBranch(port, request.repo, request.base);
  if (!base) return { base, sync: undefined, pull: undefined, comments: [] };
  const sync = await readBranch(port, request.repo, request.branch);
  const pull = await port.findOpenPull(request.repo, request.branch, request.base);
  return { base, sync, pull, comments: pull ? await port.listComments(request.repo, pull.number) : [] };
}

export function planSync(request: SyncRequest, state: SyncState): TargetPlan {
  const plan: TargetPlan = { target: request.module, problems: [], operations: [], details: [] };
  const where = `${repoSlug(request.repo)}@${request.base}`;
  if (!state.base) {
    plan.problems.push(problem('GH702', `branch ${request.base} does not exist in ${repoSlug(request.repo)}`, `create it (the base branch is branchFlow.prMerge.source), then run again`));
    return plan;
  }
  const { changes, problems } = planFileChanges(request.files, state.base.files, state.base.recorded, request.force, where);
  plan.problems.push(...problems);
  if (problems.some((p) => p.severity === 'error')) return plan;
  if (changes.length === 0) {
    plan.operations.push(...retireSync(request, state));
    plan.details.push(`${where} holds the generated files`);
    return plan;
  }
  const digest = syncDigestOf(changes);
  plan.details.push(`${request.base}: ${describeChanges(changes)}`);
  if (!branchIsCurrent(state, changes, digest)) {
    if (state.sync && !madeByGatehouse(state.sync) && !request.force) {
      plan.problems.push(problem('GH705', `the newest commit on ${request.branch} in ${repoSlug(request.repo)} (${state.sync.head.sha.slice(0, 12)}) was not made by gatehouse`, 'merge or drop it, or pass --force to replace it'));
      return plan;
    }
    plan.operations.push({
      kind: 'commit', repo: request.repo, branch: request.branch, parent: state.base.head.sha, baseTree: state.base.head.tree,
      changes: changes.map(({ path, content }) => ({ path, content })), message: renderSyncMessage(request, changes, digest), ref: state.sync ? 'force' : 'create',
    });
  }
  const title = renderSyncTitle(request, changes);
  const body = renderSyncBody(request, changes, digest);
  if (!state.pull) plan.operations.push({ kind: 'open-pull', repo: request.repo, head: request.branch, base: request.base, title, body });
  else if (!state.pull.body.includes(digestMarker(digest))) plan.operations.push({ kind: 'update-pull', repo: request.repo, number: state.pull.number, title, body });
  else plan.details.push(`pull request #${state.pull.number} is open for review: ${state.pull.url}`);
  return plan;
}

/** The base holds the files: an open sync pull request is closed (once commented) and gatehouse's branch deleted. */
function retireSync(request: SyncRequest, state: SyncState): Operation[] {
  const operations: Operation[] = [];
  if (state.pull) {
    const commented = state.comments.some((c) => c.body.includes(SYNC_CLOSED_MARKER));
    const comment = commented
      ? null
      : `${request.base} already holds the files gatehouse generates for ${request.module}${request.source ? ` (gatehouse ${request.source.sha.slice(0, 12)})` : ''}, so this pull request is no longer needed. gatehouse closes it and deletes ${request.branch}.\n\n${SYNC_CLOSED_MARKER}\n`;
    operations.push({ kind: 'close-pull', repo: request.repo, number: state.pull.number, comment });
  }
  if (state.sync && madeByGatehouse(state.sync)) operations.push({ kind: 'delete-branch', repo: request.repo, branch: request.branch });
  return operations;
}

/** The sync branch is one gatehouse commit on the base's head with exactly these changes. */
function branchIsCurrent(state: SyncState, changes: readonly FileChange[], digest: string): boolean {
  const sync = state.sync;
  if (!sync || !state.base || sync.head.parents.length !== 1 || sync.head.parents[0] !== state.base.head.sha) return false;
  if (!sync.head.message.includes(`${SYNC_TRAILER} ${digest}`)) return false;
  return changes.every((c) => sync.files.get(c.path) === (c.content === null ? undefined : blobId(c.content)));
}

function madeByGatehouse(branch: BranchState): boolean {
  return branch.head.message.includes(`${SYNC_TRAILER} `);
}

