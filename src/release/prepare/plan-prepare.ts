// `release prepare` for one module: the pull requests merged into the base branch since its last
// release tag become the release notes; the version follows from modules.yaml and the bump; the
// release branch (convention from modules.yaml) starts at the base branch's head with the module's
// files regenerated at the new version; one pull request into the production branch carries the
// notes and the checklist; modules.yaml gets the new version. Reading through the port; planning pure.
import { rcompare } from 'semver';
import type { ReleaseGitHub } from '../../model/types.js';
import { problem, warning } from '../codes.js';
import type { DesiredFile } from '../deliver/plan-changes.js';
import { describeChanges, planFileChanges } from '../deliver/plan-changes.js';
import type { BranchState } from '../deliver/read-branch.js';
import { readBranch } from '../deliver/read-branch.js';
import type { Bump } from '../notes/render-notes.js';
import { bumpOfRelease, notesSummary, renderReleaseNotes, unreferencedPulls } from '../notes/render-notes.js';
import type { ReleasePull } from '../notes/read-pulls.js';
import { readReleasePulls } from '../notes/read-pulls.js';
import type { Operation, TargetPlan } from '../operations.js';
import type { GitHubPort, PullRequest, RepoId } from '../port.js';
import { repoSlug } from '../port.js';
import type { ReleaseTag } from '../tags.js';
import { moduleReleaseTags, releaseTagName } from '../tags.js';
import { releaseBranchName, releaseBranchPrefix, releaseBranchVersion } from './branch-name.js';
import { renderReleaseBody, tickedItems } from './checklist.js';
import { decideVersion } from './version.js';

export interface PrepareRequest {
  module: string;
  /** modules.yaml's version of the module. */
  version: string;
  repo: RepoId;
  branches: { base: string; production: string; sync: string };
  settings: ReleaseGitHub;
  /** --bump; undefined: from the labels. */
  bump: Bump | undefined;
  force: boolean;
  /** The module's generated files (Jenkinsfile, chart/) at a version. */
  filesAt: (version: string) => DesiredFile[];
}

export interface PrepareState {
  tags: ReleaseTag[];
  base: BranchState | undefined;
  /** The production branch exists (releases are pull requests into it). */
  production: boolean;
  /** A release branch of a version that has no tag yet, with its head. */
  preparing: { version: string; branch: string; head: string } | undefined;
  pull: PullRequest | undefined;
  pulls: ReleasePull[];
}

export async function readPrepareState(port: GitHubPort, request: PrepareRequest): Promise<PrepareState> {
  const { repo, module, branches } = request;
  const tags = moduleReleaseTags(await port.listMatchingRefs(repo, `tags/${module}-v`), module);
  const base = await readBranch(port, repo, branches.base);
  const production = await port.getRef(repo, `heads/${branches.production}`);
  if (!base || !production) return { tags, base, production: production !== undefined, preparing: undefined, pull: undefined, pulls: [] };
  const pattern = request.settings.branchName;
  const candidates = (await port.listMatchingRefs(repo, `heads/${releaseBranchPrefix(pattern, module)}`)).flatMap((ref) => {
    const branch = ref.ref.slice('refs/heads/'.length);
    const version = releaseBranchVersion(pattern, module, branch);
    return version === undefined || tags.some((t) => t.version === version) ? [] : [{ version, branch, head: ref.target.sha }];
  });
  const preparing = candidates.sort((a, b) => rcompare(a.version, b.version))[0];
  const since = tags[0]?.tag ?? branches.production;
  const pulls = await readReleasePulls(port, repo, { base: since, head: preparing?.head ?? base.head.sha }, branches);
  const pull = preparing ? await port.findOpenPull(repo, preparing.branch, branches.production) : undefined;
  return { tags, base, production: true, preparing, pull, pulls };
}

export function planPrepare(request: PrepareRequest, state: PrepareState): TargetPlan {
  const plan: TargetPlan = { target: request.module, problems: [], operations: [], details: [] };
  const { repo, module, branches, settings } = request;
  const missing = !state.base ? `${branches.base} (branchFlow.prMerge.source)` : !state.production ? `${branches.production} (branchFlow.prMerge.target)` : undefined;
  if (missing !== undefined || !state.base) {
    plan.problems.push(problem('GH702', `branch ${missing ?? branches.base} does not exist in ${repoSlug(repo)}`, 'create it, then run again'));
    return plan;
  }
  const since = state.tags[0]?.tag;
  if (state.pulls.length === 0 && !state.preparing) {
    plan.details.push(`no pull requests merged into ${branches.base} since ${since ?? branches.production}: nothing to release`);
    return plan;
  }
  const decided = decideVersion({
    module, current: request.version, released: state.tags.map((t) => t.version), inPreparation: state.preparing,
    bump: request.bump ?? bumpOfRelease(state.pulls, settings.bumpLabels), explicit: request.bump !== undefined,
  });
  if ('problem' in decided) {
    plan.problems.push(decided.problem);
    return plan;
  }
  const { version } = decided;
  const unreferenced = unreferencedPulls(state.pulls).map((p) => `pull request #${p.number} "${p.title}" by @${p.author} references no issue`);
  plan.problems.push(...unreferenced.map((m) => (settings.requireIssueReference ? problem('GH708', m, 'add the issue to its description (e.g. "Refs #123"), then run again') : warning('GH708', m))));
  const branch = state.preparing?.branch ?? releaseBranchName(settings.branchName, module, version);
  if (!state.preparing) plan.operations.push(...releaseBranchOperations(request, state.base, branch, version, plan));
  const notes = { module, version, repo, since, pulls: state.pulls, labels: settings.bumpLabels };
  plan.operations.push(...pullOperations(request, state.pull, branch, version, renderReleaseNotes(notes)));
  if (version !== request.version) plan.operations.push({ kind: 'set-version', module, from: request.version, to: version });
  plan.details.push(`${module} ${version} (${decided.reason}): ${notesSummary(notes)}`);
  if (version !== request.version) plan.details.push(`then run gatehouse generate and commit modules.yaml with generated/ (${module} ${version})`);
  return plan;
}

/** The release branch: the base's head, plus one commit when the module's files at the new version differ. */
function releaseBranchOperations(request: PrepareRequest, base: BranchState, branch: string, version: string, plan: TargetPlan): Operation[] {
  const changes = planFileChanges(request.filesAt(version), base.files, base.recorded, request.force, `${repoSlug(request.repo)}@${request.branches.base}`);
  plan.problems.push(...changes.problems);
  if (changes.changes.length === 0) return [{ kind: 'create-branch', repo: request.repo, branch, sha: base.head.sha }];
  plan.details.push(`${branch}: ${describeChanges(changes.changes)} (the module's files at ${version})`);
  return [{
    kind: 'commit', repo: request.repo, branch, parent: base.head.sha, baseTree: base.head.tree, ref: 'create',
    changes: changes.changes.map(({ path, content }) => ({ path, content })),
    message: `Release ${request.module} ${version}\n\nThe module's generated files at ${version}, by gatehouse release prepare.\n`,
  }];
}

function pullOperations(request: PrepareRequest, pull: PullRequest | undefined, branch: string, version: string, notes: string): Operation[] {
  const tag = releaseTagName(request.module, version);
  const footer = `Prepared by \`gatehouse release prepare\`. After the production deploy, \`gatehouse release tag\` tags the deployed commit \`${tag}\` and publishes these notes as its GitHub release. Merge with a merge commit (not squash), so ${request.branches.production} keeps every pull request's commit.`;
  const body = renderReleaseBody(notes, request.settings.checklist, tickedItems(pull?.body ?? ''), footer);
  const title = `Release ${request.module} ${version}`;
  if (!pull) return [{ kind: 'open-pull', repo: request.repo, head: branch, base: request.branches.production, title, body }];
  return pull.body === body && pull.title === title ? [] : [{ kind: 'update-pull', repo: request.repo, number: pull.number, title, body }];
}
