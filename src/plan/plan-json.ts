// The Plan as plain JSON data for `gatehouse plan --format json`: fixed key order, every key
// always present (null when it does not apply), so scripts and diffs can rely on the shape.
import type { BranchKind } from '../model/types.js';
import type { BuildDescription } from './classify.js';
import type { BuildMatch, BuildPlan, ModulePlan, Plan, PlannedStage } from './types.js';

export interface PlanSelection {
  /** Only these modules (all when undefined). */
  modules?: readonly ModulePlan[];
  /** Only these branch kinds (all when undefined). */
  kinds?: readonly BranchKind[];
  /** The real build that was classified, echoed back with the kinds it matched. */
  build?: BuildDescription;
}

export function planToJson(plan: Plan, selection: PlanSelection = {}): object {
  const modules = selection.modules ?? plan.modules;
  const build = selection.build;
  return {
    ...(build && {
      build: {
        branch: build.branch,
        changeTarget: build.changeTarget ?? null,
        changeSource: build.changeSource ?? null,
        kinds: selection.kinds ?? [],
      },
    }),
    modules: modules.map((m) => moduleToJson(m, selection.kinds)),
    waves: plan.waves,
    rollbackWaves: plan.rollbackWaves,
  };
}

function moduleToJson(modulePlan: ModulePlan, kinds: readonly BranchKind[] | undefined): object {
  const { module } = modulePlan;
  const builds = modulePlan.builds.filter((b) => kinds === undefined || kinds.includes(b.kind));
  return {
    name: module.name,
    version: module.version,
    lead: module.lead,
    repository: module.repository,
    wave: modulePlan.wave,
    dependsOn: [...module.dependsOn].sort(),
    builds: builds.map(buildToJson),
  };
}

function buildToJson(build: BuildPlan): object {
  return {
    kind: build.kind,
    when: matchToJson(build.match),
    environment: build.environment ?? null,
    namespace: build.namespace ?? null,
    promotes: build.promotes,
    stages: build.stages.map(stageToJson),
  };
}

function matchToJson(match: BuildMatch): object {
  switch (match.type) {
    case 'branch':
      return { type: match.type, globs: match.globs };
    case 'releasePullRequest':
      return { type: match.type, source: match.source, target: match.target };
    case 'changeRequest':
      return { type: match.type, except: match.except ? { source: match.except.source, target: match.except.target } : null };
  }
}

function stageToJson(stage: PlannedStage): object {
  return {
    id: stage.id,
    title: stage.title,
    environment: stage.environment ?? null,
    namespace: stage.namespace ?? null,
    pushesImage: stage.pushesImage,
    pushesChart: stage.pushesChart,
    approvals: stage.approvals.map((a) => ({ role: a.role, description: a.description, submitters: a.submitters })),
    requiresChannel: stage.requiresChannel ?? null,
    skipped: stage.skipReason !== undefined,
    skipReason: stage.skipReason ?? null,
  };
}
