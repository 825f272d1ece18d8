// What each stage runs: one gatehouse library step with literal arguments (see
// templates/library/static/vars/*.txt for each step's contract). Stages acting on an environment
// run inside their group's lock of that environment (see layout.ts and lockOption).
import type { Environment, Module, ProjectModel, Severity } from '../../model/types.js';
import { SEVERITIES } from '../../model/types.js';
import type { BuildPlan } from '../../plan/types.js';
import type { GroovyMap, GroovyValue } from './groovy-code.js';
import { groovyCall } from './groovy-code.js';
import { groovyString } from '../../render/escape.js';
import type { LaidOutStage } from './layout.js';

export interface StepContext {
  model: ProjectModel;
  module: Module;
  /** The release PR build, whose environment holds the blessed builds that master promotes. */
  releaseBuild: BuildPlan | undefined;
  /** Name of the stage that blesses the release PR build (its last environment stage). */
  blessingStage: string | undefined;
  /** Name of the last stage acting on a production environment: after it, the release is tagged. */
  releaseTagStage: string | undefined;
}

function environmentOf(model: ProjectModel, name: string | undefined): Environment {
  const environment = model.environments.find((e) => e.name === name);
  if (!environment) throw new Error(`internal: stage without a known environment (${String(name)})`);
  return environment;
}

/**
 * A step's arguments while they are put together, in the order the call lists them. They are
 * added one by one rather than spread from smaller objects: a spread after a literal's first
 * property is V8's generic copy (bytecode InvokeIntrinsic _CopyDataProperties, no inline cache),
 * and these functions run a few thousand times, mostly before V8 optimizes them.
 */
type StepArgs = Record<string, GroovyValue>;

/** Adds the arguments every step that talks to the environment's cluster takes. */
function addClusterArgs(args: StepArgs, ctx: StepContext, laid: LaidOutStage): StepArgs {
  const environment = environmentOf(ctx.model, laid.stage.environment);
  args.environment = environment.name;
  args.namespace = environment.namespace;
  args.release = ctx.module.name;
  args.kubeconfigCredentialsId = environment.clusterCredentialsId;
  return args;
}

/**
 * Adds what a stage does after it passed. The blessing stage re-runs the quality gate (with
 * integration results when it has them) and blesses the release when it is stable; it is told
 * which unit reports the gate reads. The last production stage tags the release on GitHub.
 */
function addAfterArgs(args: StepArgs, ctx: StepContext, laid: LaidOutStage): StepArgs {
  if (laid.name === ctx.blessingStage) args.bless = unitReports(ctx.module);
  if (laid.name === ctx.releaseTagStage) args.releaseTag = true;
  return args;
}

/** Severities that fail the scan outright: those no channel (not even alpha) tolerates. */
function failOnSeverities(module: Module): string[] {
  const alpha = module.quality.channels.alpha.maxVulnerabilities;
  return SEVERITIES.filter((s: Severity) => alpha[s] === 0).map((s) => s.toUpperCase());
}

/**
 * The stage option that holds the environment's lock for a whole group. The newest waiting build
 * gets it first (inversePrecedence); the milestone before it and the one each deploy passes once
 * it holds the lock abort older builds instead of letting them deploy over a newer one.
 */
export function lockOption(model: ProjectModel, environmentName: string): string {
  const resource = `${model.project.name}-${environmentOf(model, environmentName).name}`;
  return `lock(resource: ${groovyString(resource)}, inversePrecedence: true)`;
}

/** The step of a milestone group; its label is the group's name. */
export function milestoneStep(name: string): string[] {
  return [`milestone(label: ${groovyString(name)})`];
}

/** The step of an approval stage: it depends on the project and the stage, not on the module. */
export function approvalSteps(model: ProjectModel, laid: LaidOutStage): string[] {
  return groovyCall('gatehouseApprovals', {
    environment: environmentOf(model, laid.stage.environment).name,
    approvals: laid.stage.approvals.map((a) => ({ role: a.role, submitter: a.submitters.join(','), description: a.description })),
  });
}

function unitReports(module: Module): GroovyMap {
  const { junit, coverage } = module.unitTests;
  return coverage === undefined ? { junit: [junit] } : { junit: [junit], coverage };
}

export function stageSteps(ctx: StepContext, laid: LaidOutStage): string[] {
  const { module } = ctx;
  switch (laid.id) {
    case 'checkout':
      return groovyCall('gatehouseCheckout');
    case 'build':
      return groovyCall('gatehouseBuildImage', { dockerfile: module.build.dockerfile, context: module.build.context });
    case 'unitTests':
      return groovyCall('gatehouseUnitTests', { command: module.unitTests.command });
    case 'scan':
      return groovyCall('gatehouseScan', {
        failOn: failOnSeverities(module),
        ignoreUnfixed: module.quality.scan.ignoreUnfixed,
        allow: module.quality.scan.allow.map((a) => ({ id: a.id, expires: a.expires })),
      });
    case 'qualityGate':
      return groovyCall('gatehouseQualityGate', unitReports(module));
    case 'pushImage':
      return groovyCall('gatehousePushImage', { dockerfile: module.build.dockerfile, context: module.build.context });
    case 'publishChart':
      return groovyCall('gatehousePublishChart');
    case 'promote':
      return groovyCall('gatehouseResolveBlessed', promoteArgs(ctx, laid));
    case 'recordCandidate':
      return groovyCall('gatehouseRecordCandidate', candidateArgs(ctx));
    case 'approve':
      return approvalSteps(ctx.model, laid);
    case 'deploy':
      // concat, not a spread: spreading walks each array through its iterator (slow before V8 optimizes).
      return milestoneStep(laid.name).concat(groovyCall('gatehouseDeploy', deployArgs(ctx, laid)));
    case 'smokeTests':
      return groovyCall('gatehouseSmokeTests', addAfterArgs(addClusterArgs({ command: module.smokeTests.command }, ctx, laid), ctx, laid));
    case 'integrationTests': {
      const { command, junit } = module.integrationTests;
      return groovyCall('gatehouseIntegrationTests', addAfterArgs(addClusterArgs({ command, junit }, ctx, laid), ctx, laid));
    }
  }
}

function deployArgs(ctx: StepContext, laid: LaidOutStage): GroovyMap {
  const args = addClusterArgs({}, ctx, laid);
  args.timeoutMinutes = ctx.module.deploy.timeoutMinutes;
  args.historyMax = ctx.module.deploy.historyMax;
  addAfterArgs(args, ctx, laid);
  const required = laid.stage.requiresChannel;
  if (required !== undefined) args.requireChannel = required;
  return args;
}

/** Where the blessed builds live: the release PR build's environment. */
function promoteArgs(ctx: StepContext, laid: LaidOutStage): GroovyMap {
  const from = sourceEnvironment(ctx);
  return {
    release: ctx.module.name,
    fromEnvironment: from.name,
    fromNamespace: from.namespace,
    kubeconfigCredentialsId: from.clusterCredentialsId,
    environment: environmentOf(ctx.model, laid.stage.environment).name,
  };
}

/**
 * The candidate is recorded next to the blessing it rests on, in the release PR build's
 * environment, with that environment's credentials: in train mode a master build needs no
 * production credentials at all.
 */
function candidateArgs(ctx: StepContext): GroovyMap {
  const source = sourceEnvironment(ctx);
  return { release: ctx.module.name, namespace: source.namespace, kubeconfigCredentialsId: source.clusterCredentialsId };
}

function sourceEnvironment(ctx: StepContext): Environment {
  const source = ctx.releaseBuild?.environment;
  if (source === undefined) throw new Error('internal: promotion needs a release PR build that deploys');
  return environmentOf(ctx.model, source);
}

/** junit globs and coverage file the reports step of a group publishes. */
export function groupReports(module: Module, stages: readonly LaidOutStage[]): GroovyMap | undefined {
  const junit: string[] = [];
  let coverage: string | undefined;
  if (stages.some((s) => s.id === 'unitTests')) {
    junit.push(module.unitTests.junit);
    coverage = module.unitTests.coverage;
  }
  if (stages.some((s) => s.id === 'integrationTests')) junit.push(module.integrationTests.junit);
  if (junit.length === 0) return undefined;
  const unique = [...new Set(junit)];
  return coverage === undefined ? { junit: unique } : { junit: unique, coverage };
}
