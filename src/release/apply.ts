// The apply step: runs each target's operations in order through the port. A failure stops that
// target (later operations depend on earlier ones) and the others go on. Every operation treats
// "already there" (GitHub's 422 on a re-run or after an interrupted run) as done when what is
// there is what it would have made, so applying twice converges.
import type { Problem } from './codes.js';
import { problem } from './codes.js';
import type { CommitOperation, Operation, TargetPlan } from './operations.js';
import { describeOperation, NEW_COMMIT } from './operations.js';
import type { GitHubPort, RepoId } from './port.js';
import { GitHubError, repoSlug } from './port.js';
import { peelTag } from './tag/peel.js';

export type TargetStatus = 'up-to-date' | 'planned' | 'done' | 'refused' | 'failed';

export interface TargetResult extends TargetPlan {
  status: TargetStatus;
  /** How many operations ran (all of them when done). */
  applied: number;
}

export interface ApplyEffects {
  port: GitHubPort;
  /** The local effect of `set-version` (writing modules.yaml). */
  setVersion?: (module: string, version: string) => Promise<void>;
}

/** Refused and up-to-date targets as they are; the others planned (dry run) or applied. */
export async function applyPlans(plans: readonly TargetPlan[], effects: ApplyEffects, dryRun: boolean): Promise<TargetResult[]> {
  const results: TargetResult[] = [];
  for (const plan of plans) {
    if (plan.problems.some((p) => p.severity === 'error')) results.push({ ...plan, status: 'refused', applied: 0 });
    else if (plan.operations.length === 0) results.push({ ...plan, status: 'up-to-date', applied: 0 });
    else if (dryRun) results.push({ ...plan, status: 'planned', applied: 0 });
    else results.push(await applyTarget(plan, effects));
  }
  return results;
}

async function applyTarget(plan: TargetPlan, effects: ApplyEffects): Promise<TargetResult> {
  let newCommit: string | undefined;
  for (const [index, op] of plan.operations.entries()) {
    try {
      const made = await applyOperation(op, effects, newCommit);
      if (made !== undefined) newCommit = made;
    } catch (error) {
      const failure = failureOf(error, op);
      return { ...plan, problems: [...plan.problems, failure], status: failure.code === 'GH701' ? 'failed' : 'refused', applied: index };
    }
  }
  return { ...plan, status: 'done', applied: plan.operations.length };
}

/** Runs one operation; returns the sha of a commit it made. */
async function applyOperation(op: Operation, effects: ApplyEffects, newCommit: string | undefined): Promise<string | undefined> {
  const { port } = effects;
  switch (op.kind) {
    case 'commit':
      return applyCommit(port, op);
    case 'create-branch':
      await createRefOnce(port, op.repo, `heads/${op.branch}`, op.sha);
      return undefined;
    case 'delete-branch':
      await port.deleteRef(op.repo, `heads/${op.branch}`).catch(ignoreMissingRef);
      return undefined;
    case 'tag': {
      const commit = op.commit === NEW_COMMIT ? newCommit : op.commit;
      if (commit === undefined) throw new Error(`internal: tag ${op.tag} has no commit to point at`);
      await applyTag(port, op.repo, op.tag, op.message, commit);
      return undefined;
    }
    case 'open-pull':
      await port.createPull(op.repo, { head: op.head, base: op.base, title: op.title, body: op.body }).catch(async (error: unknown) => {
        if (!(error instanceof GitHubError && error.alreadyExists)) throw error;
        // Opened by an interrupted earlier run (or someone else): make it say what we would.
        const open = await port.findOpenPull(op.repo, op.head, op.base);
        if (!open) throw error;
        await port.updatePull(op.repo, open.number, { title: op.title, body: op.body });
      });
      return undefined;
    case 'update-pull':
      await port.updatePull(op.repo, op.number, { title: op.title, body: op.body });
      return undefined;
    case 'close-pull':
      if (op.comment !== null) await port.createComment(op.repo, op.number, op.comment);
      await port.updatePull(op.repo, op.number, { state: 'closed' });
      return undefined;
    case 'create-release':
      await port.createRelease(op.repo, { tag: op.tag, name: op.name, body: op.body }).catch(async (error: unknown) => {
        const existing = error instanceof GitHubError && error.alreadyExists ? await port.getReleaseByTag(op.repo, op.tag) : undefined;
        if (!existing) throw error;
        await port.updateRelease(op.repo, existing.id, { name: op.name, body: op.body });
      });
      return undefined;
    case 'update-release':
      await port.updateRelease(op.repo, op.id, { name: op.name, body: op.body });
      return undefined;
    case 'set-version':
      if (!effects.setVersion) throw new Error('internal: set-version without a modules.yaml writer');
      await effects.setVersion(op.module, op.to);
      return undefined;
  }
}

async function applyCommit(port: GitHubPort, op: CommitOperation): Promise<string> {
  const tree = await port.createTree(op.repo, op.baseTree, op.changes);
  const commit = await port.createCommit(op.repo, { message: op.message, tree, parents: op.parent === null ? [] : [op.parent] });
  if (op.ref === 'create') await createRefOnce(port, op.repo, `heads/${op.branch}`, commit);
  else await port.updateRef(op.repo, `heads/${op.branch}`, commit, op.ref === 'force');
  return commit;
}

/** Creates a ref; one that already points at the same object is fine, anything else is refused. */
async function createRefOnce(port: GitHubPort, repo: RepoId, ref: string, sha: string): Promise<void> {
  try {
    await port.createRef(repo, ref, sha);
  } catch (error) {
    if (!(error instanceof GitHubError && error.alreadyExists)) throw error;
    const existing = await port.getRef(repo, ref);
    if (existing?.sha !== sha) throw new Refusal(problem('GH701', `${ref} appeared in ${repoSlug(repo)} while gatehouse was working (it points at ${existing?.sha ?? 'nothing'})`, 'run the command again: it plans from what is there now'));
  }
}

async function applyTag(port: GitHubPort, repo: RepoId, tag: string, message: string, commit: string): Promise<void> {
  const object = await port.createTag(repo, { tag, message, commit });
  try {
    await port.createRef(repo, `tags/${tag}`, object);
  } catch (error) {
    if (!(error instanceof GitHubError && error.alreadyExists)) throw error;
    // The tag appeared since planning (an earlier interrupted run, or someone else): fine only on the same commit.
    const existing = await port.getRef(repo, `tags/${tag}`);
    const target = existing === undefined ? undefined : await peelTag(port, repo, existing);
    if (target !== commit) throw new Refusal(problem('GH707', `tag ${tag} appeared in ${repoSlug(repo)} on ${target ?? 'nothing'}, not on ${commit}`, 'a tag never moves; find out who created it'));
  }
}

function ignoreMissingRef(error: unknown): void {
  if (error instanceof GitHubError && error.status === 422 && /does not exist/i.test(error.detail)) return;
  throw error;
}

/** A refusal found while applying (the state changed since planning). */
class Refusal extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

function failureOf(error: unknown, op: Operation): Problem {
  if (error instanceof Refusal) return error.problem;
  if (error instanceof GitHubError) return problem('GH701', `${describeOperation(op)}: ${error.message}`, 'nothing after this step was done for this target; run the command again once the cause is fixed');
  throw error;
}
