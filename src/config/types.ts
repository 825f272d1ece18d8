// The shape of modules.yaml as written (after schema validation), before defaults are merged.
// schemas/modules.schema.json is the source of truth; this type mirrors it.
import type {
  AllowedVulnerability,
  Autoscaling,
  BranchKind,
  Channel,
  ChannelThresholds,
  Chart,
  EnvironmentValues,
  LoadTest,
  Project,
  ReleaseGitHub,
  ReleaseMode,
  SkippableStageId,
  StageId,
  TestCommand,
  Weekday,
} from '../model/types.js';

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? (T[K] extends unknown[] ? T[K] : DeepPartial<T[K]>) : T[K] };

export interface RawEnvironment {
  description?: string;
  namespace: string;
  clusterCredentialsId: string;
  production?: boolean;
  approvals?: string[];
  values?: EnvironmentValues;
}

export interface RawBranchRule {
  branches?: string[];
  source?: string;
  target?: string;
  environment?: string;
  stages: StageId[];
}

export interface RawApproverRole {
  description: string;
  submitters?: string[];
  moduleLead?: boolean;
}

/** One day (`date`) or a range (`from`, `to`); the freeze rule checks that exactly one form is used. */
export interface RawFreezePeriod {
  date?: string;
  from?: string;
  to?: string;
  reason: string;
}

export interface RawRelease {
  mode?: ReleaseMode;
  timeZone: string;
  weekdays: Weekday[];
  goNoGoTime: string;
  releaseTime: string;
  freeze?: RawFreezePeriod[];
  vote?: { cancelRoles?: string[] };
  loadTest?: Omit<LoadTest, 'timeoutMinutes' | 'image'> & { timeoutMinutes?: number; image?: string };
  approvers: Record<string, RawApproverRole>;
  github?: Partial<Omit<ReleaseGitHub, 'bumpLabels'>> & { bumpLabels?: Partial<ReleaseGitHub['bumpLabels']> };
}

export interface RawQuality {
  channels?: Partial<Record<Channel, Partial<ChannelThresholds>>>;
  scan?: { ignoreUnfixed?: boolean; allow?: AllowedVulnerability[] };
}

/** The project-level quality settings: every channel with every threshold. */
export interface RawProjectQuality extends RawQuality {
  channels: Record<Channel, ChannelThresholds>;
}

/** Settings that `defaults` gives every module and a module may override. */
export interface RawModuleSettings {
  build?: { dockerfile?: string; context?: string };
  unitTests?: Partial<TestCommand>;
  integrationTests?: Partial<Omit<TestCommand, 'coverage'>>;
  smokeTests?: { command?: string };
  deploy?: { timeoutMinutes?: number; historyMax?: number };
  chart?: DeepPartial<Chart>;
  skip?: Partial<Record<SkippableStageId, string>>;
}

/** `defaults` must carry complete test settings, so every module has them after merging. */
export interface RawDefaults extends RawModuleSettings {
  unitTests: Required<Omit<TestCommand, 'image'>> & Pick<TestCommand, 'image'>;
  integrationTests: Omit<TestCommand, 'coverage'>;
}

export interface RawModule extends RawModuleSettings {
  description: string;
  repository: string;
  version: string;
  lead: string;
  dependsOn?: string[];
  quality?: RawQuality;
  environments?: Record<string, Omit<EnvironmentValues, 'autoscaling'> & { autoscaling?: Partial<Autoscaling> }>;
}

export interface RawConfig {
  $schema?: string;
  project: Omit<Project, 'description' | 'configBranch' | 'github' | 'library'> & {
    description?: string;
    configBranch?: string;
    github: Omit<Project['github'], 'syncBranch'> & { syncBranch?: string };
    library: Omit<Project['library'], 'branch'> & { branch?: string };
  };
  environments: Record<string, RawEnvironment>;
  branchFlow: Record<BranchKind, RawBranchRule>;
  release: RawRelease;
  quality: RawProjectQuality;
  defaults: RawDefaults;
  modules: Record<string, RawModule>;
}
