// Use case `sync`: every module's generated files (or those named) into its repository, through
// one pull request per module that needs one.
import type { Plan } from '../plan/types.js';
import { applyPlans } from '../release/apply.js';
import type { GitHubPort } from '../release/port.js';
import type { RunReport } from '../release/render-result.js';
import { planSync, readSyncState } from '../release/sync/plan-sync.js';
import type { SourceCommit } from '../release/sync/render-sync.js';
import { generatedFiles, moduleFiles } from './delivered-files.js';
import { moduleRepo, planOrReport, processBranches } from './github-target.js';

export interface SyncRequest {
  plan: Plan;
  /** Module names; empty: every module. */
  modules: string[];
  port: GitHubPort;
  dryRun: boolean;
  force: boolean;
  source: SourceCommit | undefined;
}

export async function syncModules(request: SyncRequest): Promise<RunReport> {
  const { model } = request.plan;
  const files = generatedFiles(request.plan);
  const branches = processBranches(model);
  const chosen = model.modules.filter((m) => request.modules.length === 0 || request.modules.includes(m.name));
  const targets = [];
  for (const module of chosen) {
    const sync = {
      module: module.name,
      repo: moduleRepo(model, module),
      base: branches.base,
      branch: branches.sync,
      files: moduleFiles(files, module.name),
      force: request.force,
      source: request.source,
    };
    targets.push(await planOrReport(module.name, async () => planSync(sync, await readSyncState(request.port, sync))));
  }
  return { command: 'sync', dryRun: request.dryRun, results: await applyPlans(targets, { port: request.port }, request.dryRun) };
}
