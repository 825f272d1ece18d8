// A branch as plain data for planning: its head commit, every file's blob id, and the manifest of
// what gatehouse wrote there.
import type { CommitInfo, GitHubPort, RepoId } from '../port.js';
import type { RecordedFiles } from './manifest.js';
import { DELIVERY_MANIFEST, parseDeliveryManifest } from './manifest.js';

export interface BranchState {
  head: CommitInfo;
  files: Map<string, string>;
  recorded: RecordedFiles | undefined;
}

/** undefined when the branch (or the commit) does not exist. */
export async function readBranch(port: GitHubPort, repo: RepoId, branch: string): Promise<BranchState | undefined> {
  const ref = await port.getRef(repo, `heads/${branch}`);
  return ref === undefined ? undefined : readCommitFiles(port, repo, ref.sha);
}

export async function readCommitFiles(port: GitHubPort, repo: RepoId, sha: string): Promise<BranchState | undefined> {
  const head = await port.getCommit(repo, sha);
  if (!head) return undefined;
  const files = new Map((await port.getTreeFiles(repo, head.tree)).map((f) => [f.path, f.sha]));
  const manifest = files.get(DELIVERY_MANIFEST);
  const recorded = manifest === undefined ? undefined : parseDeliveryManifest(await port.getBlobText(repo, manifest));
  return { head, files, recorded };
}
