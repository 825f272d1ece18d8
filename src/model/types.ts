// The typed Model: modules.yaml after validation, with defaults merged into every module.
// Everything downstream (plan, emitters, gate) reads only these types, never raw YAML.

/** Stages of the release process, in the order they run when a build runs them. */
export const STAGE_IDS = [
  'checkout',
  'build',
  'unitTests',
  'scan',
  'qualityGate',
  'pushImage',
  'publishChart',
  'promote',
  'recordCandidate',
  'approve',
  'deploy',
  'smokeTests',
  'integrationTests',
] as const;
export type StageId = (typeof STAGE_IDS)[number];

/**
 * Stages the Plan adds by itself, never listed in `branchFlow`: in train mode the master build
 * records its blessed build as the release candidate instead of deploying it.
 */
const PLANNED_ONLY_STAGE_IDS = ['recordCandidate'] as const satisfies readonly StageId[];
/** The stages `branchFlow.<kind>.stages` may list (the schema's stageId enum). */
export const CONFIGURABLE_STAGE_IDS = STAGE_IDS.filter((id) => !(PLANNED_ONLY_STAGE_IDS as readonly StageId[]).includes(id));

/** Stages that act on the build's environment (its cluster and namespace); a rule running one needs an environment. */
export const ENVIRONMENT_STAGE_IDS = ['promote', 'approve', 'deploy', 'smokeTests', 'integrationTests'] as const satisfies readonly StageId[];

/** Stages a module may turn off (with a reason); the others guard production and always run. */
export const SKIPPABLE_STAGE_IDS = ['integrationTests', 'smokeTests'] as const satisfies readonly StageId[];
export type SkippableStageId = (typeof SKIPPABLE_STAGE_IDS)[number];

/** The five kinds of build a module's multibranch job runs. */
export const BRANCH_KINDS = ['feature', 'pullRequest', 'staging', 'prMerge', 'master'] as const;
export type BranchKind = (typeof BRANCH_KINDS)[number];

export const CHANNELS = ['stable', 'beta', 'alpha'] as const;
export type Channel = (typeof CHANNELS)[number];

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'unknown'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Model {
  project: Project;
  environments: Environment[];
  branchFlow: BranchFlow;
  release: Release;
  quality: Quality;
  /** Sorted by name, so every consumer iterates in the same order. */
  modules: Module[];
}

/**
 * The model without its modules: all that one module's generated files may read besides the
 * module's own plan. Keeping other modules out is what lets an unchanged module be skipped.
 */
export type ProjectModel = Omit<Model, 'modules'>;

export interface Project {
  name: string;
  description: string;
  /** `owner/name` of the GitHub repository that holds modules.yaml, named in generated headers. */
  configRepository?: string;
  /** The branch of configRepository the release job reads its pipeline and modules.yaml from. */
  configBranch: string;
  github: {
    owner: string;
    apiUrl: string;
    credentialsId: string;
    /** Branch `gatehouse sync` pushes generated files to in each module repository. */
    syncBranch: string;
  };
  dockerHub: { registry: string; namespace: string; credentialsId: string };
  charts: { repository: string; credentialsId: string };
  slack: { channel: string; credentialsId: string };
  library: { name: string; version: string; repository: string; branch: string };
  jenkins: { folder: string; kubernetesCloud: string; buildTimeoutMinutes: number; buildsToKeep: number };
  agents: { build: string; helm: string; scanner: string; node: string };
}

export interface Environment {
  name: string;
  description: string;
  namespace: string;
  clusterCredentialsId: string;
  production: boolean;
  /** Approver role names, in the order their inputs are asked. */
  approvals: string[];
  values: EnvironmentValues;
}

/** Per-environment chart overrides; any key left out keeps the module's chart default. */
export interface EnvironmentValues {
  replicas?: number;
  resources?: Resources;
  autoscaling?: Partial<Autoscaling>;
  ingress?: Partial<Omit<Ingress, 'enabled'>>;
  env?: Record<string, EnvValue>;
  envFrom?: EnvFromSource[];
  volumes?: Record<string, Volume>;
}

export interface BranchRule {
  kind: BranchKind;
  /** Branch globs as Jenkins' `when { branch }` matches them (feature, staging, master). */
  branches: string[];
  /** For prMerge: the PR's source and target branches. */
  source?: string;
  target?: string;
  /** Environment name the build deploys to, when it deploys. */
  environment?: string;
  stages: StageId[];
}
export type BranchFlow = Record<BranchKind, BranchRule>;

export interface ApproverRole {
  name: string;
  description: string;
  /** Jenkins user ids or group names allowed to approve. */
  submitters: string[];
  /** When true the module's `lead` may approve too. */
  moduleLead: boolean;
}

export const RELEASE_MODES = ['train', 'continuous'] as const;
/** `train`: the daily release train promotes every module's candidate; `continuous`: each master build promotes itself. */
export type ReleaseMode = (typeof RELEASE_MODES)[number];

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
/** Index = JavaScript's getUTCDay() and Jenkins cron's day-of-week number (0 = Sunday). */
export type Weekday = (typeof WEEKDAYS)[number];

/** Days without a scheduled train: `from` to `to` inclusive (YYYY-MM-DD in the release time zone). */
export interface FreezePeriod {
  from: string;
  to: string;
  reason: string;
}

export interface LoadTest {
  command: string;
  /** Report the command writes, relative to the release job's workspace. */
  report: string;
  /** Image of the container `tests` the command runs in (default project.agents.node). */
  image: string;
  timeoutMinutes: number;
}

export interface Release {
  mode: ReleaseMode;
  timeZone: string;
  weekdays: Weekday[];
  goNoGoTime: string;
  releaseTime: string;
  /** In the order written. */
  freeze: FreezePeriod[];
  vote: {
    /** Roles whose NOGO cancels the whole train (only roles that vote). */
    cancelRoles: string[];
  };
  loadTest?: LoadTest;
  approvers: ApproverRole[];
  github: ReleaseGitHub;
}

/** How release prepare and release tag work on GitHub (modules.yaml `release.github`). */
export interface ReleaseGitHub {
  /** Release branch naming convention with `{module}` and `{version}`. */
  branchName: string;
  requireIssueReference: boolean;
  bumpLabels: { major: string[]; minor: string[] };
  checklist: string[];
}

export interface ChannelThresholds {
  minLineCoverage: number;
  minBranchCoverage: number;
  maxFailedTests: number;
  minIntegrationPassRate: number;
  maxVulnerabilities: Partial<Record<Severity, number>>;
}

export interface AllowedVulnerability {
  id: string;
  reason: string;
  /** ISO date (YYYY-MM-DD); the allowance ends at the end of that day, UTC. */
  expires: string;
}

export interface Quality {
  channels: Record<Channel, ChannelThresholds>;
  scan: { ignoreUnfixed: boolean; allow: AllowedVulnerability[] };
}

/**
 * What the module serves on `port`: HTTP, HTTPS (TLS terminated by the module itself), another
 * TCP protocol, or nothing (a queue worker: no port, no Service, no Ingress).
 */
export const CHART_PROTOCOLS = ['http', 'https', 'tcp', 'none'] as const;
export type ChartProtocol = (typeof CHART_PROTOCOLS)[number];

/** A probe: an exec `command` when given, else by protocol (HTTP(S) GET of `path`, or a TCP connect). */
export interface Probe {
  path?: string;
  command?: string[];
  initialDelaySeconds?: number;
  periodSeconds?: number;
  timeoutSeconds?: number;
  failureThreshold?: number;
}

export interface Ingress {
  enabled: boolean;
  host?: string;
  path: string;
  /** IngressClass name; absent: the cluster's default class. */
  className?: string;
  tlsSecretName?: string;
  annotations: Record<string, string>;
  /** The controller that serves the class: it decides how the backend protocol is annotated. */
  controller: IngressController;
}

export const INGRESS_CONTROLLERS = ['ingress-nginx', 'traefik', 'other'] as const;
export type IngressController = (typeof INGRESS_CONTROLLERS)[number];

/** An environment variable: a literal, or one key of an existing Secret or ConfigMap. */
export type EnvValue = string | { secret: string; key: string } | { configMap: string; key: string };

/** Every key of an existing ConfigMap or Secret as environment variables. */
export type EnvFromSource = { configMap: string } | { secret: string };

/** An extra volume mounted into the container; exactly one source. */
export interface Volume {
  mountPath: string;
  readOnly?: boolean;
  configMap?: string;
  secret?: string;
  emptyDir?: { sizeLimit?: string };
  persistentVolumeClaim?: string;
}

export interface ResourceAmounts {
  cpu: string;
  memory: string;
}
export interface Resources {
  requests: ResourceAmounts;
  limits: ResourceAmounts;
}

export interface Autoscaling {
  enabled: boolean;
  minReplicas: number;
  maxReplicas: number;
  targetCPUUtilizationPercentage: number;
}

export interface Chart {
  protocol: ChartProtocol;
  port: number;
  replicas: number;
  probes: { liveness: Probe; readiness: Probe; startup: Probe };
  resources: Resources;
  autoscaling: Autoscaling;
  podDisruptionBudget: { minAvailable: number };
  readOnlyRootFilesystem: boolean;
  /** Numeric user and group the container runs as; absent: the image's (numeric) USER. */
  runAsUser?: number;
  runAsGroup?: number;
  ingress: Ingress;
  env: Record<string, EnvValue>;
  envFrom: EnvFromSource[];
  volumes: Record<string, Volume>;
}

export interface TestCommand {
  command: string;
  /** Glob of JUnit XML reports, relative to the checkout. */
  junit: string;
  /** Coverage report (Cobertura XML, JaCoCo XML or LCOV), unit tests only. */
  coverage?: string;
  /** Image of the pod container `tests` the command runs in; modules.yaml may leave it out. */
  image?: string;
}

/** A module's test settings, its image resolved (default: project.agents.node). */
export type ModuleTests = TestCommand & { image: string };

export interface Module {
  name: string;
  description: string;
  /** GitHub repository name under project.github.owner. */
  repository: string;
  version: string;
  /** Jenkins user id of the module lead. */
  lead: string;
  dependsOn: string[];
  build: { dockerfile: string; context: string };
  unitTests: ModuleTests;
  integrationTests: ModuleTests;
  smokeTests: { command: string };
  deploy: { timeoutMinutes: number; historyMax: number };
  chart: Chart;
  /** Stages this module turns off, with the reason that is shown wherever the stage would be. */
  skip: Partial<Record<StageId, string>>;
  quality: Quality;
  /** Per-environment chart overrides: the environment's values, then the module's. */
  environments: Record<string, EnvironmentValues>;
}
