// The commit a tag ref names: an annotated tag's ref points at a tag object, a lightweight one
// at the commit itself.
import type { GitHubPort, RefTarget, RepoId } from '../port.js';

export async function peelTag(port: GitHubPort, repo: RepoId, ref: RefTarget): Promise<string> {
  let target = ref;
  // A tag of a tag is legal git; follow the chain to the commit (bounded, in case of a cycle).
  for (let depth = 0; target.type === 'tag' && depth < 10; depth++) target = (await port.getTag(repo, target.sha)).target;
  return target.sha;
}
