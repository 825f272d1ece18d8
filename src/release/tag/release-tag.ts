// `release tag`: the annotated tag `<module>-v<version>` on the commit production runs, and a
// GitHub release with the notes. Reading goes through the port into plain data; planning is
// pure. A tag that exists on the same commit is success; on another commit a refusal (a release
// tag never moves). Pull requests without an issue are warnings here: production already runs
// the release, refusing the tag would only lose the record of it.
import type { Module, ReleaseGitHub } from '../../model/types.js';
import { problem, warning } from '../codes.js';
import type { Operation, TargetPlan } from '../operations.js';
import type { CommitInfo, GitHubPort, ReleaseInfo, RepoId } from '../port.js';
import { repoSlug } from '../port.js';
import type { ReleasePull } from '../notes/read-pulls.js';
import { readReleasePulls } from '../notes/read-pulls.js';
import type { NotesInput } from '../notes/render-notes.js';
import { notesSummary, renderReleaseNotes, unreferencedPulls } from '../notes/render-notes.js';
import type { ReleaseTag } from '../tags.js';
import { moduleReleaseTags, previousRelease, releaseTagName } from '../tags.js';
import { peelTag } from './peel.js';

export interface TagRequest {
  module: Module;
  repo: RepoId;
  /** Full or abbreviated commit sha. */
  sha: string;
  releaseId: string;
  settings: ReleaseGitHub;
  branches: { base: string; sync: string };
}

export interface TagState {
  commit: CommitInfo | undefined;
  /** The commit an existing tag of this version points at. */
  tagged: string | undefined;
  release: ReleaseInfo | undefined;
  previous: ReleaseTag | undefined;
  pulls: ReleasePull[];
}

export async function readTagState(port: GitHubPort, request: TagRequest): Promise<TagState> {
  const { repo, module } = request;
  const commit = await port.getCommit(repo, request.sha);
  const empty = { commit, tagged: undefined, release: undefined, previous: undefined, pulls: [] };
  if (!commit) return empty;
  const tag = releaseTagName(module.name, module.version);
  const tags = moduleReleaseTags(await port.listMatchingRefs(repo, `tags/${module.name}-v`), module.name);
  const ref = await port.getRef(repo, `tags/${tag}`);
  const previous = previousRelease(tags, module.version);
  const pulls = previous === undefined ? [] : await readReleasePulls(port, repo, { base: previous.tag, head: commit.sha }, request.branches);
  return {
    commit,
    tagged: ref === undefined ? undefined : await peelTag(port, repo, ref),
    release: await port.getReleaseByTag(repo, tag),
    previous,
    pulls,
  };
}

export function planReleaseTag(request: TagRequest, state: TagState): TargetPlan {
  const { module, repo } = request;
  const plan: TargetPlan = { target: module.name, problems: [], operations: [], details: [] };
  const tag = releaseTagName(module.name, module.version);
  if (!state.commit) {
    plan.problems.push(problem('GH712', `${request.sha} is not a commit of ${repoSlug(repo)}`, 'pass the sha of the commit production runs (GATEHOUSE_COMMIT in the pipeline)'));
    return plan;
  }
  const commit = state.commit.sha;
  if (state.tagged !== undefined && state.tagged !== commit) {
    plan.problems.push(problem('GH707', `tag ${tag} already exists in ${repoSlug(repo)} on ${state.tagged}, not on ${commit}`, `a release tag never moves: bump modules.${module.name}.version for a new release`));
    return plan;
  }
  const notes: NotesInput = { module: module.name, version: module.version, repo, since: state.previous?.tag, pulls: state.pulls, labels: request.settings.bumpLabels };
  const summary = notesSummary(notes);
  if (state.tagged === undefined) {
    const message = `${module.name} ${module.version}\n\nRelease id: ${request.releaseId}\n${summary}\n`;
    plan.operations.push({ kind: 'tag', repo, tag, message, commit });
  }
  const release = releaseOperation(repo, tag, `${module.name} ${module.version}`, renderReleaseNotes(notes), state.release);
  if (release) plan.operations.push(release);
  plan.problems.push(...unreferencedPulls(state.pulls).map((p) => warning('GH708', `pull request #${p.number} "${p.title}" references no issue`)));
  plan.details.push(`${tag} on ${commit.slice(0, 12)}: ${summary}`);
  return plan;
}

function releaseOperation(repo: RepoId, tag: string, name: string, body: string, existing: ReleaseInfo | undefined): Operation | undefined {
  if (!existing) return { kind: 'create-release', repo, tag, name, body };
  if (existing.name === name && existing.body === body) return undefined;
  return { kind: 'update-release', repo, id: existing.id, tag, name, body };
}
