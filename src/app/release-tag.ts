// Use case `release tag`: tag the commit production runs as `<module>-v<version>` and publish
// its GitHub release with the notes.
import type { Plan } from '../plan/types.js';
import type { Module } from '../model/types.js';
import { applyPlans } from '../release/apply.js';
import type { GitHubPort } from '../release/port.js';
import type { RunReport } from '../release/render-result.js';
import { planReleaseTag, readTagState } from '../release/tag/release-tag.js';
import { formatReleaseId } from '../version/scheme.js';
import { moduleRepo, planOrReport, processBranches } from './github-target.js';

export interface ReleaseTagRequest {
  plan: Plan;
  module: Module;
  sha: string;
  /** The deployed build's release id; default: computed from the module's version and --sha. */
  releaseId?: string;
  port: GitHubPort;
  dryRun: boolean;
}

export async function releaseTag(request: ReleaseTagRequest): Promise<RunReport> {
  const { model } = request.plan;
  const { module } = request;
  const branches = processBranches(model);
  const tagRequest = {
    module,
    repo: moduleRepo(model, module),
    sha: request.sha,
    releaseId: request.releaseId ?? formatReleaseId(module.name, module.version, request.sha.slice(0, 7)),
    settings: model.release.github,
    branches: { base: branches.base, sync: branches.sync },
  };
  const target = await planOrReport(module.name, async () => planReleaseTag(tagRequest, await readTagState(request.port, tagRequest)));
  return { command: 'release tag', dryRun: request.dryRun, results: await applyPlans([target], { port: request.port }, request.dryRun) };
}
