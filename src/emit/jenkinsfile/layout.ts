// Lays a module's Plan out as one declarative pipeline. Declarative stage names must be unique
// across the whole pipeline, so each Plan stage becomes ONE stage that runs for every build kind
// that has it (its `when`); stages acting on an environment are one stage per environment,
// named "<title> (<environment>)". Stages that need a pod are grouped so they share one pod (and
// workspace); approvals, and builds waiting for an environment's lock, hold no pod while they wait.
import { STAGE_IDS } from '../../model/types.js';
import type { StageId } from '../../model/types.js';
import type { BuildPlan, PlannedStage } from '../../plan/types.js';

export interface LaidOutStage {
  id: StageId;
  /** The name Jenkins shows: the Plan's title, plus the environment for environment stages. */
  name: string;
  /** The Plan's stage as the first build kind that runs it has it (same for every kind). */
  stage: PlannedStage;
  /** Build kinds that run this stage, in BRANCH_KINDS order. */
  builds: BuildPlan[];
}

export type GroupKind = 'pod' | 'approval' | 'milestone';

export interface StageGroup {
  /**
   * pod: nested stages in one Kubernetes pod; approval: one agent-less input stage; milestone:
   * an agent-less milestone, run before the next group takes its environment's lock.
   */
  kind: GroupKind;
  name: string;
  /** The Plan stages the group runs (a milestone group: those of the locked group after it). */
  stages: LaidOutStage[];
  /** The environment whose lock the whole group holds, its nested stages included. */
  lockedEnvironment?: string;
}

/** Group names: fixed, so the harness and reviewers can rely on them. */
const BUILD_GROUP = 'Build and verify';
const DEPLOY_GROUP = 'Deploy and test';
const MILESTONE_GROUP = 'Milestone';

const APPROVE_INDEX = STAGE_IDS.indexOf('approve');

export function stageName(stage: PlannedStage): string {
  return stage.environment === undefined ? stage.title : `${stage.title} (${stage.environment})`;
}

/** Every runnable stage of a pipeline that runs `builds`, each once, in an order that keeps every kind's order. */
export function layOutStages(builds: readonly BuildPlan[]): LaidOutStage[] {
  const byName = new Map<string, LaidOutStage>();
  for (const build of builds) {
    for (const stage of build.stages) {
      if (stage.skipReason !== undefined) continue;
      const name = stageName(stage);
      const known = byName.get(name);
      if (known) known.builds.push(build);
      else byName.set(name, { id: stage.id, name, stage, builds: [build] });
    }
  }
  // Sorting by stage id first keeps each kind's order (a kind runs each id at most once, in
  // STAGE_IDS order); the first kind that runs a stage breaks ties, so output is deterministic.
  const kindIndex = (s: LaidOutStage) => builds.indexOf(s.builds[0]!);
  return [...byName.values()].sort(
    (a, b) => STAGE_IDS.indexOf(a.id) - STAGE_IDS.indexOf(b.id) || kindIndex(a) - kindIndex(b),
  );
}

/**
 * The pod group before the approvals, the approval stages (agent-less), then per environment a
 * milestone and one pod group that holds the environment's lock for everything acting on it
 * (deploy, smoke tests, integration tests, blessing), so no other build's deploy interleaves.
 */
export function groupStages(stages: readonly LaidOutStage[]): StageGroup[] {
  const before = stages.filter((s) => STAGE_IDS.indexOf(s.id) < APPROVE_INDEX);
  const approvals = stages.filter((s) => s.id === 'approve');
  const after = stages.filter((s) => STAGE_IDS.indexOf(s.id) > APPROVE_INDEX);
  const groups: StageGroup[] = [];
  if (before.length > 0) groups.push({ kind: 'pod', name: BUILD_GROUP, stages: before });
  for (const approval of approvals) groups.push({ kind: 'approval', name: approval.name, stages: [approval] });
  for (const [environment, onEnvironment] of byEnvironment(after)) {
    groups.push({ kind: 'milestone', name: `${MILESTONE_GROUP} (${environment})`, stages: onEnvironment });
    groups.push({ kind: 'pod', name: `${DEPLOY_GROUP} (${environment})`, stages: onEnvironment, lockedEnvironment: environment });
  }
  return groups;
}

/**
 * Stages per environment, environments in order of first appearance. A build kind acts on one
 * environment only, so this keeps every kind's stage order.
 */
function byEnvironment(stages: readonly LaidOutStage[]): Map<string, LaidOutStage[]> {
  const groups = new Map<string, LaidOutStage[]>();
  for (const stage of stages) {
    const environment = stage.stage.environment;
    if (environment === undefined) throw new Error(`internal: ${stage.name} acts on no environment`);
    groups.set(environment, [...(groups.get(environment) ?? []), stage]);
  }
  return groups;
}
