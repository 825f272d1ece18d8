// Builds the Plan from the Model: pure, deterministic, no I/O.
import { BRANCH_KINDS, STAGE_IDS } from '../model/types.js';
import type { ApproverRole, BranchFlow, BranchRule, Environment, Model, Module, ProjectModel, StageId } from '../model/types.js';
import { ENVIRONMENT_STAGES, STAGE_TITLES } from './stages.js';
import type { ApprovalGate, BuildMatch, BuildPlan, ModulePlan, Plan, PlannedStage } from './types.js';
import { computeWaveNumbers, groupWaves } from './waves.js';
import { cappedMemoBy } from '../util/capped-memo.js';

export function buildPlan(model: Model): Plan {
  const waveNumbers = computeWaveNumbers(model.modules);
  const planModule = modulePlanner(model);
  const modules = model.modules.map((module) => planModule(module, waveNumbers.get(module.name) ?? 0));
  const waves = groupWaves(waveNumbers);
  return { model, modules, waves, rollbackWaves: [...waves].reverse() };
}

export type ModulePlanner = (module: Module, wave: number) => ModulePlan;

/** The only fields of a module its builds are planned from (see modulePlanner). */
const BUILD_INPUTS = ['lead', 'skip'] as const;
type BuildInputs = Pick<Module, (typeof BUILD_INPUTS)[number]>;

/**
 * How many different arrays of builds a planner keeps: a module unit's planner lives while every
 * unit is written, so with a different lead in every module it must not keep them all (a few KB
 * each). Past the cap, a module's builds are planned for it alone.
 */
const PLANNED_BUILDS_CAP = 256;

/**
 * Plans modules against one project model. One module's plan depends on nothing else, which lets
 * an unchanged module be skipped. Its builds depend on the module only through BUILD_INPUTS
 * (planBuild's parameter type lets it read nothing else), so modules that agree on those share
 * one array of builds: at thousands of modules most modules plan nothing new. Plans are read and
 * never modified; within a module every build and stage is still an object of its own.
 */
export function modulePlanner(model: ProjectModel, cap: number = PLANNED_BUILDS_CAP): ModulePlanner {
  const buildsOf = cappedMemoBy(
    (module: BuildInputs) => JSON.stringify(BUILD_INPUTS.map((field) => module[field])),
    (module) => BRANCH_KINDS.map((kind) => planBuild(model, module, model.branchFlow[kind])),
    cap,
  );
  return (module, wave) => ({ module, wave, builds: buildsOf(module) });
}

/** The `when` condition of a branch kind; the pullRequest kind needs the flow's release PR. */
export function matchOf(rule: BranchRule, flow?: BranchFlow): BuildMatch {
  if (rule.kind === 'pullRequest') {
    const release = flow ? releasePullRequestOf(flow.prMerge) : undefined;
    return release ? { type: 'changeRequest', except: release } : { type: 'changeRequest' };
  }
  if (rule.kind === 'prMerge') return { type: 'releasePullRequest', ...releasePullRequestOf(rule) };
  return { type: 'branch', globs: rule.branches };
}

function releasePullRequestOf(rule: BranchRule): { source: string; target: string } {
  return { source: rule.source ?? 'staging', target: rule.target ?? 'master' };
}

function planBuild(model: ProjectModel, module: BuildInputs, rule: BranchRule): BuildPlan {
  const environment = rule.environment ? findEnvironment(model, rule.environment) : undefined;
  const configured = STAGE_IDS.filter((id) => rule.stages.includes(id));
  const ordered = model.release.mode === 'train' && rule.kind === 'master' ? candidateStages(configured) : configured;
  return {
    kind: rule.kind,
    match: matchOf(rule, model.branchFlow),
    environment: environment?.name,
    namespace: environment?.namespace,
    promotes: ordered.includes('promote'),
    stages: ordered.map((id) => planStage(model, module, id, environment)),
  };
}

/**
 * Train mode: the master build verifies the blessed build and records it as the release
 * candidate; deploying it, and its approvals (the train's vote) and tests, belong to the release
 * train. A config rule (GH356) makes sure a train-mode master build promotes.
 */
function candidateStages(configured: readonly StageId[]): StageId[] {
  const kept = configured.filter((id) => !TRAIN_STAGES.includes(id));
  const promote = kept.indexOf('promote');
  return promote < 0 ? kept : [...kept.slice(0, promote + 1), 'recordCandidate', ...kept.slice(promote + 1)];
}

/** What a master build does in continuous mode that the release train does in train mode. */
const TRAIN_STAGES: readonly StageId[] = ['approve', 'deploy', 'smokeTests', 'integrationTests'];

function planStage(model: ProjectModel, module: BuildInputs, id: StageId, environment: Environment | undefined): PlannedStage {
  const onEnvironment = environment !== undefined && ENVIRONMENT_STAGES.has(id);
  const stage: PlannedStage = {
    id,
    title: STAGE_TITLES[id],
    pushesImage: id === 'pushImage',
    pushesChart: id === 'publishChart',
    approvals: id === 'approve' && environment ? approvalGates(model, module, environment) : [],
  };
  if (onEnvironment) {
    stage.environment = environment.name;
    stage.namespace = environment.namespace;
  }
  if (id === 'deploy' && environment?.production) stage.requiresChannel = 'stable';
  const skipReason = module.skip[id];
  if (skipReason !== undefined) stage.skipReason = skipReason;
  return stage;
}

function approvalGates(model: ProjectModel, module: BuildInputs, environment: Environment): ApprovalGate[] {
  return environment.approvals.map((roleName) => {
    const role = model.release.approvers.find((r) => r.name === roleName);
    if (!role) throw new Error(`internal: approver role ${roleName} is not defined`);
    return { role: role.name, description: role.description, submitters: submittersFor(role, module) };
  });
}

/** Who may answer a role's approval (or vote) for a module: its submitters, and the module's lead for a moduleLead role. */
export function submittersFor(role: ApproverRole, module: Pick<Module, 'lead'>): string[] {
  return [...new Set(role.moduleLead ? [module.lead, ...role.submitters] : role.submitters)];
}

function findEnvironment(model: ProjectModel, name: string): Environment {
  const environment = model.environments.find((e) => e.name === name);
  if (!environment) throw new Error(`internal: environment ${name} is not defined`);
  return environment;
}
