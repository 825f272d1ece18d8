// Use case `release prepare`: for each module with merged pull requests since its last release
// (or the modules named), the release branch, the release pull request with notes and checklist,
// and the new version in modules.yaml.
import { emitAll } from '../emit/index.js';
import type { Module } from '../model/types.js';
import { buildPlan } from '../plan/plan.js';
import type { Plan } from '../plan/types.js';
import { applyPlans } from '../release/apply.js';
import type { DesiredFile } from '../release/deliver/plan-changes.js';
import type { Bump } from '../release/notes/render-notes.js';
import type { GitHubPort } from '../release/port.js';
import { planPrepare, readPrepareState } from '../release/prepare/plan-prepare.js';
import type { RunReport } from '../release/render-result.js';
import { moduleFiles } from './delivered-files.js';
import { moduleRepo, planOrReport, processBranches } from './github-target.js';

export interface PrepareRequest {
  plan: Plan;
  /** Module names; empty: every module (those without changes have nothing to do). */
  modules: string[];
  bump: Bump | undefined;
  port: GitHubPort;
  dryRun: boolean;
  force: boolean;
  /** Writes the new version into modules.yaml (the CLI's writer). */
  setVersion: (module: string, version: string) => Promise<void>;
}

export async function prepareReleases(request: PrepareRequest): Promise<RunReport> {
  const { model } = request.plan;
  const chosen = model.modules.filter((m) => request.modules.length === 0 || request.modules.includes(m.name));
  const targets = [];
  for (const module of chosen) {
    const prepare = {
      module: module.name,
      version: module.version,
      repo: moduleRepo(model, module),
      branches: processBranches(model),
      settings: model.release.github,
      bump: request.bump,
      force: request.force,
      filesAt: (version: string) => moduleFilesAt(request.plan, module, version),
    };
    targets.push(await planOrReport(module.name, async () => planPrepare(prepare, await readPrepareState(request.port, prepare))));
  }
  const effects = { port: request.port, setVersion: request.setVersion };
  return { command: 'release prepare', dryRun: request.dryRun, results: await applyPlans(targets, effects, request.dryRun) };
}

/** The module's generated files as they will be once its version is `version` (pure: the Plan rebuilt). */
function moduleFilesAt(plan: Plan, module: Module, version: string): DesiredFile[] {
  const model = structuredClone(plan.model);
  const bumped = model.modules.find((m) => m.name === module.name);
  if (bumped) bumped.version = version;
  return moduleFiles(emitAll(buildPlan(model)), module.name);
}
