// The shape of modules.yaml as written (after schema validation), before defaults are merged.
// schemas/modules.schema.json is the source of truth; this type mirrors it.
import type {
  AllowedVulnerability,
  BranchKind,
  Chart,
  ChannelThresholds,
  Channel,
  EnvironmentValues,
  Project,
  StageId,
  TestCommand,
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

export interface RawQuality {
  channels?: Partial<Record<Channel, Partial<ChannelThresholds>>>;
  scan?: { ignoreUnfixed?: boolean; allow?: AllowedVulnerability[] };
}

export interface RawModuleSettings {
  build?: { dockerfile?: string; context?: string };
  unitTests?: Partial<TestCommand>;
  integrationTests?: Partial<TestCommand>;
  smokeTests?: { command?: string };
  deploy?: { timeoutMinutes?: number; historyMax?: number };
  chart?: DeepPartial<Chart>;
  skip?: Partial<Record<StageId, string>>;
  quality?: RawQuality;
  environments?: Record<string, EnvironmentValues>;
}

export interface RawModule extends RawModuleSettings {
  description: string;
  repository: string;
  version: string;
  lead: string;
  dependsOn?: string[];
}

export interface RawConfig {
  project: Omit<Project, 'description'> & { description?: string };
  environments: Record<string, RawEnvironment>;
  branchFlow: Record<BranchKind, RawBranchRule>;
  release: {
    timeZone: string;
    weekdays: string[];
    goNoGoTime: string;
    releaseTime: string;
    approvers: Record<string, RawApproverRole>;
  };
  quality: RawQuality;
  defaults: RawModuleSettings;
  modules: Record<string, RawModule>;
}
