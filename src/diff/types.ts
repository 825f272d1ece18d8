// What `gatehouse diff` finds between two Plans: changes as data, so text, Markdown and JSON all
// say the same thing. Absent values are null (never undefined), so the JSON shape is fixed.
import type { BranchKind, Channel, StageId } from '../model/types.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A setting (dotted path into the Model) whose value differs; null means "not set". */
export interface SettingChange {
  setting: string;
  before: Json;
  after: Json;
}

/** How a module's deploy is ordered against another module: its wave before, in or after theirs. */
export type Relation = 'before' | 'same' | 'after';

export interface StageRef {
  id: StageId;
  title: string;
  environment: string | null;
  namespace: string | null;
}

export interface Target {
  environment: string | null;
  namespace: string | null;
  promotes: boolean;
}

/** One thing that changes for a module. `build` is the branch kind whose builds change. */
export type ModuleChange =
  | { kind: 'version'; before: string; after: string }
  | { kind: 'dependencies'; added: string[]; removed: string[] }
  | { kind: 'wave'; before: number; after: number }
  | { kind: 'order'; module: string; before: Relation; after: Relation }
  | { kind: 'trigger'; build: BranchKind; before: string; after: string }
  | { kind: 'target'; build: BranchKind; before: Target; after: Target }
  | { kind: 'stage'; build: BranchKind; change: 'added' | 'removed'; stage: StageRef }
  | { kind: 'requirement'; build: BranchKind; stage: StageRef; before: Channel | null; after: Channel | null }
  | { kind: 'approval'; build: BranchKind; environment: string | null; change: 'added' | 'removed'; role: string; submitters: string[] }
  | { kind: 'approvers'; build: BranchKind; environment: string | null; role: string; added: string[]; removed: string[] }
  | { kind: 'approvalOrder'; build: BranchKind; environment: string | null; before: string[]; after: string[] }
  | { kind: 'skip'; stage: StageId; title: string; before: string | null; after: string | null }
  | ({ kind: 'quality' } & SettingChange)
  | ({ kind: 'setting' } & SettingChange);

/** What a reviewer needs to place an added or removed module. */
export interface ModuleFacts {
  version: string;
  wave: number;
  lead: string;
  dependsOn: string[];
}

export interface FileChange {
  /** Relative to the output directory, e.g. `modules/editor/Jenkinsfile`. */
  path: string;
  status: 'added' | 'removed' | 'modified';
  linesAdded: number;
  linesRemoved: number;
}

export interface ModuleDiff {
  name: string;
  status: 'added' | 'removed' | 'changed';
  before: ModuleFacts | null;
  after: ModuleFacts | null;
  /** Changes of this module only; those most modules share are in PlanDiff.shared. */
  changes: ModuleChange[];
  files: FileChange[];
}

/** Changes that the same modules all have: more than half of those in both Plans, at least two. */
export interface SharedChanges {
  modules: string[];
  /** The modules in both Plans that do not have these changes (e.g. they override the setting). */
  except: string[];
  changes: ModuleChange[];
}

export interface DiffSummary {
  modulesAdded: number;
  modulesRemoved: number;
  /** Modules in both Plans with any change, shared ones included. */
  modulesChanged: number;
  filesChanged: number;
  linesAdded: number;
  linesRemoved: number;
}

export interface PlanDiff {
  changed: boolean;
  summary: DiffSummary;
  /** Project-wide settings (project, environments, release) that changed. */
  project: SettingChange[];
  /** Changes most modules share (typically a project-wide setting), said once per group. */
  shared: SharedChanges[];
  /** Modules that were added, removed or changed, by name. */
  modules: ModuleDiff[];
  /** Generated files no single module owns (the library, the job seed, the overview). */
  sharedFiles: FileChange[];
  waves: { before: string[][]; after: string[][] };
}
