// The Plan: what every build of every module does, and in which order modules deploy.
// It is the single source of truth that emitters render and `gatehouse plan` prints.
import type { BranchKind, Channel, Model, Module, StageId } from '../model/types.js';

/** How Jenkins recognises a build kind (mirrors the `when` condition the Jenkinsfile uses). */
export type BuildMatch =
  | { type: 'branch'; globs: string[] }
  /**
   * Any pull request (`CHANGE_ID` set) except the release PR named in `except`, i.e.
   * `changeRequest()` and `not { changeRequest target: except.target, branch: except.source }`.
   */
  | { type: 'changeRequest'; except?: { source: string; target: string } }
  /** The PR-merge build of `source` into `target`. */
  | { type: 'releasePullRequest'; source: string; target: string };

export interface ApprovalGate {
  role: string;
  description: string;
  /** Jenkins user ids or groups, as `input(submitter:)` takes them (joined with commas). */
  submitters: string[];
}

export interface PlannedStage {
  id: StageId;
  /** Stage name shown in Jenkins, e.g. "Unit tests". */
  title: string;
  /** Set for stages that act on a cluster or registry for an environment. */
  environment?: string;
  namespace?: string;
  pushesImage: boolean;
  pushesChart: boolean;
  /** Approvals asked before this stage proceeds (approve stage only). */
  approvals: ApprovalGate[];
  /** Quality channel the build must have reached for this stage to run. */
  requiresChannel?: Channel;
  /** The module turned this stage off; the reason is the module's own words. */
  skipReason?: string;
}

export interface BuildPlan {
  kind: BranchKind;
  match: BuildMatch;
  environment?: string;
  namespace?: string;
  /** True when the build promotes an already-built blessed artifact instead of building. */
  promotes: boolean;
  stages: PlannedStage[];
}

export interface ModulePlan {
  module: Module;
  /** Deployment wave (0 = no dependencies). */
  wave: number;
  builds: BuildPlan[];
}

export interface Plan {
  model: Model;
  /** Sorted by module name. */
  modules: ModulePlan[];
  /** Module names per wave, each wave sorted; deploy wave 0 first. */
  waves: string[][];
  /** Rollback order: the waves reversed. */
  rollbackWaves: string[][];
}
