// The Jenkinsfile view model: everything the template prints, already computed and escaped.
// Fields ending in `Groovy` hold Groovy source built from escaped literals (see groovy-code.ts).
import type { ProjectModel } from '../../model/types.js';
import type { ModulePlan } from '../../plan/types.js';
import { groovyString } from '../../render/escape.js';
import { groovyCall } from './groovy-code.js';
import type { StageGroup } from './layout.js';
import type { GroupLayout } from './pipeline-layout.js';
import { pipelineLayout } from './pipeline-layout.js';
import type { StepContext } from './steps.js';
import type { Notification } from './shared-parts.js';
import { sharedParts } from './shared-parts.js';
import { groupReports, stageSteps } from './steps.js';

export interface LeafStageView {
  nameGroovy: string;
  whenGroovy: readonly string[];
  stepsGroovy: readonly string[];
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
  const layout = pipelineLayout(model, shared, modulePlan.builds);
  const ctx: StepContext = {
    model,
    module: modulePlan.module,
    releaseBuild: layout.releaseBuild,
    blessingStage: layout.blessingStage,
    releaseTagStage: layout.releaseTagStage,
  };
  return {
    headerText: shared.headerText,
    libraryGroovy: shared.libraryGroovy,
    moduleGroovy: groovyString(modulePlan.module.name),
    cloudGroovy: shared.cloudGroovy,
    numToKeepGroovy: shared.numToKeepGroovy,
    groups: layout.groups.map((group) => groupView(ctx, group)),
    notifications: shared.notifications,
  };
}

/** A group as the template prints it: the layout's parts, and the steps that are the module's own. */
function groupView(ctx: StepContext, layout: GroupLayout): GroupView {
  return {
    pod: layout.pod,
    podGroovy: layout.pod ? podCall(ctx, layout.group, layout.index) : '',
    nameGroovy: layout.nameGroovy,
    whenGroovy: layout.whenGroovy,
    stepsGroovy: layout.stepsGroovy,
    stages: layout.stages.map((s) => ({ nameGroovy: s.nameGroovy, whenGroovy: s.whenGroovy, stepsGroovy: stageSteps(ctx, s.laid) })),
    lockGroovy: layout.lockGroovy,
    timeoutGroovy: layout.timeoutGroovy,
    skipDefaultCheckout: layout.skipDefaultCheckout,
    reportsGroovy: reportsCall(ctx, layout.group),
  };
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

function reportsCall(ctx: StepContext, group: StageGroup): string[] {
  if (group.kind !== 'pod') return [];
  const reports = groupReports(ctx.module, group.stages);
  return reports === undefined ? [] : groovyCall('gatehouseReports', reports);
}
