// What a module's Jenkinsfile takes from its builds alone: its stages and groups, their names,
// `when` lines, locks and timeouts, and the steps of its approval and milestone groups. Modules
// planned alike share one array of builds (plan.ts modulePlanner), so this is made once per
// array, not once per module: at 1000 modules most of the work of laying a pipeline out was done
// a thousand times over for the same few arrays.
import type { ProjectModel } from '../../model/types.js';
import { BRANCH_KINDS } from '../../model/types.js';
import type { BuildPlan } from '../../plan/types.js';
import type { LaidOutStage, StageGroup } from './layout.js';
import { groupStages, layOutStages } from './layout.js';
import type { SharedParts } from './shared-parts.js';
import { approvalSteps, milestoneStep } from './steps.js';

export interface NestedStageLayout {
  laid: LaidOutStage;
  nameGroovy: string;
  /** Empty for a stage that runs for every build its group runs for. */
  whenGroovy: readonly string[];
}

export interface GroupLayout {
  group: StageGroup;
  /** The group's position in the pipeline (the first pod group is the build pod). */
  index: number;
  pod: boolean;
  nameGroovy: string;
  whenGroovy: readonly string[];
  /** Approval and milestone groups: their steps (the same in every module). Pod groups: empty. */
  stepsGroovy: readonly string[];
  /** Pod groups: their nested stages. */
  stages: readonly NestedStageLayout[];
  lockGroovy: string;
  timeoutGroovy: string;
  skipDefaultCheckout: boolean;
}

export interface PipelineLayout {
  groups: readonly GroupLayout[];
  /** The release PR build, whose environment holds the blessed builds that master promotes. */
  releaseBuild: BuildPlan | undefined;
  /** Name of the stage that blesses the release PR build (its last environment stage). */
  blessingStage: string | undefined;
  /** Name of the last stage acting on a production environment: after it, the release is tagged. */
  releaseTagStage: string | undefined;
}

/** How long a build waits for all approvals before it gives up (a newer build supersedes it). */
const APPROVAL_TIMEOUT_HOURS = 24;
const APPROVAL_TIMEOUT = `timeout(time: ${APPROVAL_TIMEOUT_HOURS}, unit: 'HOURS')`;

/**
 * The layout of a pipeline that runs `builds` (read-only: every module with that array shares it).
 * Kept in `shared`, so it lives as long as the model and the array do.
 */
export function pipelineLayout(model: ProjectModel, shared: SharedParts, builds: readonly BuildPlan[]): PipelineLayout {
  let layout = shared.layouts.get(builds);
  if (layout === undefined) shared.layouts.set(builds, (layout = buildPipelineLayout(model, shared, builds)));
  return layout;
}

function buildPipelineLayout(model: ProjectModel, shared: SharedParts, builds: readonly BuildPlan[]): PipelineLayout {
  const stages = layOutStages(builds);
  const releaseBuild = builds.find((b) => b.match.type === 'releasePullRequest');
  const groups = groupStages(stages).map((group, index): GroupLayout => {
    const groupBuilds = uniqueBuilds(group.stages);
    const when = shared.whenOf(groupBuilds);
    const pod = group.kind === 'pod';
    return {
      group,
      index,
      pod,
      nameGroovy: shared.nameOf(group.name),
      whenGroovy: group.lockedEnvironment === undefined ? when : beforeOptions(when),
      stepsGroovy: groupSteps(model, group),
      stages: pod
        ? group.stages.map((laid) => ({ laid, nameGroovy: shared.nameOf(laid.name), whenGroovy: runsForAll(laid, groupBuilds) ? [] : shared.whenOf(laid.builds) }))
        : [],
      lockGroovy: group.lockedEnvironment === undefined ? '' : shared.lockOf(group.lockedEnvironment),
      timeoutGroovy: groupTimeout(shared, group),
      // The first pod checks out in its Checkout stage; a later pod gets the build's own revision
      // from declarative's default checkout.
      skipDefaultCheckout: pod && index === 0 && group.stages.some((s) => s.id === 'checkout'),
    };
  });
  return {
    groups,
    releaseBuild,
    blessingStage: lastEnvironmentStage(stages, releaseBuild?.kind),
    releaseTagStage: lastProductionStage(shared.production, stages),
  };
}

/**
 * A locked group's `when` is evaluated before its options (`beforeOptions true`): a build that
 * does not run the group never takes, or waits for, the lock.
 */
function beforeOptions(lines: readonly string[]): string[] {
  return [lines[0]!, 'beforeOptions true', ...lines.slice(1)];
}

function groupSteps(model: ProjectModel, group: StageGroup): string[] {
  if (group.kind === 'approval') return approvalSteps(model, group.stages[0]!);
  return group.kind === 'milestone' ? milestoneStep(group.name) : [];
}

function groupTimeout(shared: SharedParts, group: StageGroup): string {
  if (group.kind === 'pod') return shared.podTimeoutGroovy;
  return group.kind === 'approval' ? APPROVAL_TIMEOUT : '';
}

/** A nested stage that runs for every build its group runs for needs no `when` of its own. */
function runsForAll(stage: LaidOutStage, groupBuilds: readonly BuildPlan[]): boolean {
  return groupBuilds.every((b) => stage.builds.includes(b));
}

/** The builds that run any of `stages`, in BRANCH_KINDS order. */
function uniqueBuilds(stages: readonly LaidOutStage[]): BuildPlan[] {
  const builds = new Set<BuildPlan>();
  for (const stage of stages) for (const build of stage.builds) builds.add(build);
  return [...builds].sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind));
}

const KIND_ORDER = new Map<string, number>(BRANCH_KINDS.map((kind, index) => [kind, index]));
function kindOrder(kind: string): number {
  return KIND_ORDER.get(kind) ?? -1;
}

/** The last stage that acts on a production environment: once it passed, the release is tagged on GitHub. */
function lastProductionStage(production: ReadonlySet<string>, stages: readonly LaidOutStage[]): string | undefined {
  return stages.filter((s) => s.stage.environment !== undefined && production.has(s.stage.environment) && s.id !== 'approve').at(-1)?.name;
}

/** The release PR build's last stage on its environment: where its build gets blessed. */
function lastEnvironmentStage(stages: readonly LaidOutStage[], kind: string | undefined): string | undefined {
  const own = stages.filter((s) => s.builds.some((b) => b.kind === kind) && s.stage.environment !== undefined);
  return own.at(-1)?.name;
}
