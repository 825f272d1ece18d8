// The release train's data: what the pipeline reads off the registry and the cluster (candidates),
// the manifest it promotes (the unit of promotion), the ballots and votes of the go/no-go.
// Field names and order are the JSON contract of schemas/release-*.schema.json.

/** The `metrics` of `gatehouse gate --format json`, as far as the train records them. */
export interface GateSummary {
  lineCoverage: number | null;
  branchCoverage: number | null;
  integrationPassRate: number | null;
  tests: { total: number; passed: number; failures: number; errors: number; skipped: number };
  vulnerabilities: { critical: number; high: number; medium: number; low: number; unknown: number };
}

/** One module's release candidate as the pipeline found it (release-candidates.schema.json). */
export interface Candidate {
  module: string;
  chartVersion: string;
  commit: string;
  imageDigest: string;
  blessed: boolean;
  gate: GateSummary | null;
  releaseNotes: string | null;
}

/** The deployed production release of a module. */
export interface ProductionRelease {
  module: string;
  revision: number;
  chartVersion: string;
  appVersion?: string | null;
}

export interface CandidatesFile {
  candidates: Candidate[];
  production: ProductionRelease[];
}

export const DROP_CAUSES = ['notStable', 'notBlessed', 'noGateEvidence', 'nogo', 'noVote', 'dependency'] as const;
export type DropCause = (typeof DROP_CAUSES)[number];

export interface DroppedModule {
  name: string;
  cause: DropCause;
  reason: string;
  /** For `dependency`: the dropped modules it depends on. */
  because: string[];
}

export interface ManifestModule {
  name: string;
  /** From 1. */
  wave: number;
  version: string;
  channel: 'stable';
  commit: string;
  releaseId: string;
  image: { repository: string; tag: string; digest: string; reference: string };
  chart: { reference: string; version: string };
  helmRelease: string;
  gate: GateSummary;
  /** Null for a first install. */
  replaces: { revision: number; chartVersion: string; appVersion: string | null } | null;
  releaseNotes: string | null;
}

export type Vote = 'GO' | 'NOGO';

export interface CastVote {
  ballot: string;
  role: string;
  module: string | null;
  vote: Vote;
  by: string;
  reason: string;
  modules: string[];
}

export type TrainOutcome = 'go' | 'cancelled' | 'nothing-to-release';

export interface Decision {
  outcome: TrainOutcome;
  reasons: string[];
  votes: CastVote[];
}

export const MANIFEST_SCHEMA_ID = 'https://gatehouse.dev/schemas/release-manifest.schema.json';

export interface Manifest {
  $schema: typeof MANIFEST_SCHEMA_ID;
  manifestVersion: 1;
  trainId: string;
  project: string;
  date: string;
  timeZone: string;
  trigger: 'schedule' | 'hotfix';
  hotfix: { modules: string[]; reason: string } | null;
  environment: string;
  namespace: string;
  voteClosesAt: string;
  buildUrl: string | null;
  waves: string[][];
  modules: ManifestModule[];
  dropped: DroppedModule[];
  unchanged: string[];
  decision: Decision | null;
}

/** One ballot of the go/no-go: a whole-train ballot per role, or a module lead's per module. */
export interface Ballot {
  /** The role's name, or `<role>-<module>` for a module ballot (roles have no `-`). */
  id: string;
  role: string;
  module: string | null;
  description: string;
  /** Jenkins user ids or groups, as `input(submitter:)` takes them (joined with commas). */
  submitters: string[];
  /** A NOGO on this ballot cancels the whole train. */
  cancelsTrain: boolean;
  /** A NOGO on this ballot may name the modules it stops (whole-train ballots of roles that cannot cancel). */
  namesModules: boolean;
}

/** An input vote (release-votes.schema.json). */
export interface VoteInput {
  ballot: string;
  vote: Vote;
  by: string;
  reason: string;
  modules?: string[];
}
