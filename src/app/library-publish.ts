// Use case `library publish`: push generated/library/ to the library repository and tag it with
// the pinned version.
import { libraryTreeId } from '../emit/library/record.js';
import type { Plan } from '../plan/types.js';
import { applyPlans } from '../release/apply.js';
import { planPublish, readPublishState } from '../release/library/publish.js';
import type { GitHubPort, RepoId } from '../release/port.js';
import type { RunReport } from '../release/render-result.js';
import { filesUnder, generatedFiles } from './delivered-files.js';
import { planOrReport } from './github-target.js';

export interface LibraryPublishRequest {
  plan: Plan;
  port: GitHubPort;
  dryRun: boolean;
  force: boolean;
}

export async function publishLibrary(request: LibraryPublishRequest): Promise<RunReport> {
  const { library } = request.plan.model.project;
  const files = generatedFiles(request.plan);
  const publish = {
    repo: libraryRepo(library.repository),
    branch: library.branch,
    name: library.name,
    version: library.version,
    files: filesUnder(files, 'library/'),
    tree: libraryTreeId(files),
    force: request.force,
  };
  const target = await planOrReport('library', async () => planPublish(publish, await readPublishState(request.port, publish)));
  return { command: 'library publish', dryRun: request.dryRun, results: await applyPlans([target], { port: request.port }, request.dryRun) };
}

/** `https://<host>/<owner>/<name>(.git)` (the schema's pattern) -> owner/name. */
function libraryRepo(url: string): RepoId {
  const [owner = '', name = ''] = new URL(url).pathname.replace(/\/$/, '').replace(/\.git$/, '').split('/').slice(-2);
  return { owner, name };
}
