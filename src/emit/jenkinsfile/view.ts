// The Jenkinsfile view model: everything the template prints, already computed and escaped.
// Fields ending in `Groovy` hold Groovy source built from escaped literals (see groovy-code.ts).
import type { ProjectModel } from '../../model/types.js';
import { BRANCH_KINDS } from '../../model/types.js';
import type { BuildPlan, ModulePlan } from '../../plan/types.js';
import { groovyString } from '../../render/escape.js';
import { groovyCall } from './groovy-code.js';
import type { LaidOutStage, StageGroup } from './layout.js';
import { groupStages, layOutStages } from './layout.js';
import type { StepContext } from './steps.js';
import type { Notification, SharedParts } from './shared-parts.js';
import { sharedParts } from './shared-parts.js';
import { groupReports, milestoneStep, stageSteps } from './steps.js';

/** How long a build waits for all approvals before it gives up (a newer build supersedes it). */
const APPROVAL_TIMEOUT_HOURS = 24;

export interface LeafStageView {
  nameGroovy: string;
  whenGroovy: readonly string[];
  stepsGroovy: string[];
}

export interface GroupView extends LeafStageView {
  pod: boolean;
  /** Pod groups: the `gatehousePod(...)` call that gives the agent's pod YAML. */
  podGroovy: string;
  /** Pod groups: their nested stages and the reports published when they end. */
  stages: LeafStageView[];
  /** The stage-level `lock(...)` option of a group that holds an environment's lock, else ''. */
  lockGroovy: string;
  /** '' for a group that needs no timeout (a milestone passes at once). */
  timeoutGroovy: string;
  skipDefaultCheckout: boolean;
  reportsGroovy: string[];
}

export interface JenkinsfileView {
  headerText: string;
  libraryGroovy: string;
  moduleGroovy: string;
  cloudGroovy: string;
  numToKeepGroovy: string;
  groups: GroupView[];
  /** The pipeline's post conditions, each telling Slack how the build ended. */
  notifications: readonly Notification[];
}

export function buildJenkinsfileView(model: ProjectModel, modulePlan: ModulePlan): JenkinsfileView {
  const shared = sharedParts(model);
  const stages = layOutStages(modulePlan);
  const releaseBuild = modulePlan.builds.find((b) => b.match.type === 'releasePullRequest');
  const ctx: StepContext = {
    model,
    module: modulePlan.module,
    releaseBuild,
    blessingStage: lastEnvironmentStage(stages, releaseBuild?.kind),
    releaseTagStage: lastProductionStage(shared.production, stages),
  };
  const when = shared.whenOf;
  const groups = groupStages(stages).map((group: StageGroup, index): GroupView => {
    const builds = uniqueBuilds(group.stages);
    return {
      pod: group.kind === 'pod',
      podGroovy: group.kind === 'pod' ? podCall(ctx, group, index) : '',
      nameGroovy: shared.nameOf(group.name),
      whenGroovy: group.lockedEnvironment === undefined ? when(builds) : beforeOptions(when(builds)),
      stepsGroovy: groupSteps(ctx, group),
      stages: group.kind === 'pod'
        ? group.stages.map((s) => ({ nameGroovy: shared.nameOf(s.name), whenGroovy: runsForAll(s, builds) ? [] : when(s.builds), stepsGroovy: stageSteps(ctx, s) }))
        : [],
      lockGroovy: group.lockedEnvironment === undefined ? '' : shared.lockOf(group.lockedEnvironment),
      timeoutGroovy: groupTimeout(shared, group),
      // The first pod checks out in its Checkout stage; a later pod gets the build's own revision
      // from declarative's default checkout.
      skipDefaultCheckout: group.kind === 'pod' && index === 0 && group.stages.some((s) => s.id === 'checkout'),
      reportsGroovy: reportsCall(ctx, group),
    };
  });
  return {
    headerText: shared.headerText,
    libraryGroovy: shared.libraryGroovy,
    moduleGroovy: groovyString(modulePlan.module.name),
    cloudGroovy: shared.cloudGroovy,
    numToKeepGroovy: shared.numToKeepGroovy,
    groups,
    notifications: shared.notifications,
  };
}

/**
 * A locked group's `when` is evaluated before its options (`beforeOptions true`): a build that
 * does not run the group never takes, or waits for, the lock.
 */
function beforeOptions(lines: readonly string[]): string[] {
  return [lines[0]!, 'beforeOptions true', ...lines.slice(1)];
}

function groupSteps(ctx: StepContext, group: StageGroup): string[] {
  if (group.kind === 'approval') return stageSteps(ctx, group.stages[0]!);
  return group.kind === 'milestone' ? milestoneStep(group.name) : [];
}

/**
 * The pod of a group: the build pod for the first group (it builds the image), the deploy pod for
 * the groups that act on an environment (no BuildKit). A group that runs a test command gets the
 * module's image for it as the container 'tests'.
 */
function podCall(ctx: StepContext, group: StageGroup, index: number): string {
  const build = index === 0 && group.lockedEnvironment === undefined;
  const tests = build ? ctx.module.unitTests : ctx.module.integrationTests;
  const runsTests = group.stages.some((s) => s.id === (build ? 'unitTests' : 'integrationTests'));
  const pod = build ? 'build' : 'deploy';
  const call = groovyCall('gatehousePod', runsTests ? { group: pod, testImage: tests.image } : { group: pod });
  if (call.length !== 1) throw new Error('internal: gatehousePod call does not fit one line');
  return call[0]!;
}

const APPROVAL_TIMEOUT = `timeout(time: ${APPROVAL_TIMEOUT_HOURS}, unit: 'HOURS')`;

function groupTimeout(shared: SharedParts, group: StageGroup): string {
  if (group.kind === 'pod') return shared.podTimeoutGroovy;
  return group.kind === 'approval' ? APPROVAL_TIMEOUT : '';
}

function reportsCall(ctx: StepContext, group: StageGroup): string[] {
  if (group.kind !== 'pod') return [];
  const reports = groupReports(ctx.module, group.stages);
  return reports === undefined ? [] : groovyCall('gatehouseReports', reports);
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
