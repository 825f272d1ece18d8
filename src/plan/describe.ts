// Short human descriptions of Plan parts, shared by the CLI text output and the reviewers' README.
import type { ApprovalGate, BuildMatch, BuildPlan, Plan, PlannedStage } from './types.js';

/** The build condition in words, e.g. "branch feature/* or bugfix/*". */
export function describeMatch(match: BuildMatch): string {
  switch (match.type) {
    case 'branch':
      return `branch ${match.globs.join(' or ')}`;
    case 'releasePullRequest':
      return `pull request from ${match.source} to ${match.target} (PR-merge build)`;
    case 'changeRequest':
      return match.except ? `any other pull request (not from ${match.except.source} to ${match.except.target})` : 'any pull request';
  }
}

/**
 * Where a build deploys, e.g. "deploys to preprod (namespace preprod)", or "deploys nowhere"; a
 * train-mode master build records a candidate that the release train deploys.
 */
export function describeTarget(build: Pick<BuildPlan, 'environment' | 'namespace' | 'promotes'> & { stages?: readonly PlannedStage[] }): string {
  if (build.environment === undefined) return 'deploys nowhere';
  const where = `${build.environment} (namespace ${build.namespace ?? build.environment})`;
  if (build.stages?.some((s) => s.id === 'recordCandidate')) return `records the blessed build as the release candidate for ${where}; the release train deploys it`;
  const verb = build.promotes ? 'promotes the blessed build to' : 'deploys to';
  return `${verb} ${where}`;
}

/** "environment/namespace" of a stage, or "-" for stages that act on no environment. */
export function stagePlace(stage: PlannedStage): string {
  if (stage.environment === undefined) return '-';
  return `${stage.environment}/${stage.namespace ?? stage.environment}`;
}

export function stagePushes(stage: PlannedStage): string {
  const pushes = [stage.pushesImage ? 'image' : '', stage.pushesChart ? 'chart' : ''].filter((p) => p !== '');
  return pushes.length === 0 ? '-' : pushes.join(', ');
}

/** One line per approval, "sre: sre-team" (who may approve as that role). */
export function stageApprovals(stage: PlannedStage): string[] {
  return stage.approvals.map((a) => `${a.role}: ${a.submitters.join(', ')}`);
}

/** Who may approve as the gate's role, module-independent: the lead shows as "the module's lead". */
export function roleApprovers(plan: Plan, gate: ApprovalGate): string[] {
  const role = plan.model.release.approvers.find((r) => r.name === gate.role);
  return [...(role?.moduleLead ? ["the module's lead"] : []), ...(role?.submitters ?? gate.submitters)];
}

/** What the build must have reached for the stage to run, e.g. "stable build", or "-". */
export function stageRequirement(stage: PlannedStage): string {
  return stage.requiresChannel === undefined ? '-' : `${stage.requiresChannel} build`;
}

/** The rollback steps, numbered by the wave they undo: the last wave first. */
export function rollbackSteps(plan: Plan): { wave: number; modules: readonly string[] }[] {
  return plan.rollbackWaves.map((modules, step) => ({ wave: plan.rollbackWaves.length - 1 - step, modules }));
}
