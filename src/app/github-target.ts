// What every GitHub use case needs from the Model: where a module lives on GitHub and which
// branches the process uses there, and how a target whose reading failed is reported.
import type { Model, Module } from '../model/types.js';
import type { Problem } from '../release/codes.js';
import { problem } from '../release/codes.js';
import type { TargetPlan } from '../release/operations.js';
import type { RepoId } from '../release/port.js';
import { GitHubError } from '../release/port.js';

export interface ProcessBranches {
  /** Where feature work is squash-merged and sync pull requests go (branchFlow.prMerge.source). */
  base: string;
  /** Where releases go (branchFlow.prMerge.target). */
  production: string;
  /** gatehouse's own branch for sync pull requests (project.github.syncBranch). */
  sync: string;
}

export function moduleRepo(model: Model, module: Module): RepoId {
  return { owner: model.project.github.owner, name: module.repository };
}

export function processBranches(model: Model): ProcessBranches {
  const { source, target } = model.branchFlow.prMerge;
  return { base: source ?? 'staging', production: target ?? 'master', sync: model.project.github.syncBranch };
}

/**
 * Plans one target from what GitHub holds; a GitHub error while reading becomes the target's
 * problem (404: not found, GH702; else GH701) instead of stopping the other targets.
 */
export async function planOrReport(target: string, plan: () => Promise<TargetPlan>): Promise<TargetPlan> {
  try {
    return await plan();
  } catch (error) {
    if (!(error instanceof GitHubError)) throw error;
    return { target, problems: [readingProblem(error)], operations: [], details: [] };
  }
}

function readingProblem(error: GitHubError): Problem {
  if (error.status === 404) return problem('GH702', error.message, 'check the repository name in modules.yaml and that the token can read it');
  if (error.status === 409 && /empty/i.test(error.detail)) return problem('GH710', error.message, 'create the repository with an initial commit (a README), then run again');
  return problem('GH701', error.message, 'run the command again once the cause is fixed');
}
