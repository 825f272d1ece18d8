// Which candidates a train releases: a module's recorded candidate goes when production does not
// run it already and it is stable, blessed and has its gate evidence. Everything else stays as
// production runs it; a candidate that cannot go is dropped with the reason.
import type { Model, Module, Project } from '../model/types.js';
import { parseChartVersion } from '../version/parse.js';
import { formatReleaseId } from '../version/scheme.js';
import type { Candidate, CandidatesFile, DroppedModule, GateSummary, ManifestModule, ProductionRelease } from './types.js';

export interface Selection {
  /** Releasable candidates, by name; `wave` is set when the train is planned. */
  releasable: ManifestModule[];
  /** Candidates that cannot go, by name. */
  dropped: DroppedModule[];
  /** Modules the train does not touch, by name. */
  unchanged: string[];
}

/** `only`: a hotfix's modules; every other module is left unchanged. */
export function selectCandidates(model: Model, file: CandidatesFile, only?: readonly string[]): Selection {
  const selection: Selection = { releasable: [], dropped: [], unchanged: [] };
  for (const module of model.modules) {
    const candidate = file.candidates.find((c) => c.module === module.name);
    const production = file.production.find((p) => p.module === module.name);
    if (!candidate || (only && !only.includes(module.name)) || productionRuns(module, candidate, production)) {
      selection.unchanged.push(module.name);
      continue;
    }
    const problem = notReleasableBecause(candidate);
    if (problem) selection.dropped.push({ name: module.name, ...problem, because: [] });
    else if (candidate.gate) selection.releasable.push(manifestModuleOf(model.project, module, { ...candidate, gate: candidate.gate }, production));
  }
  return selection;
}

/** Production already runs this build, or the same commit of the same version built again. */
function productionRuns(module: Module, candidate: Candidate, production: ProductionRelease | undefined): boolean {
  if (production === undefined) return false;
  return production.chartVersion === candidate.chartVersion || production.appVersion === versionsOf(module, candidate).releaseId;
}

function notReleasableBecause(candidate: Candidate): Pick<DroppedModule, 'cause' | 'reason'> | undefined {
  const build = `candidate ${candidate.chartVersion}`;
  const channel = parseChartVersion(candidate.chartVersion)?.channel;
  if (channel !== 'stable') return { cause: 'notStable', reason: `${build} is ${channel ?? 'of no channel'}; the train releases stable builds only` };
  if (!candidate.blessed) return { cause: 'notBlessed', reason: `${build} is not blessed: its pre-prod release carries no blessing` };
  if (candidate.gate === null) return { cause: 'noGateEvidence', reason: `${build} has no quality gate evidence recorded` };
  return undefined;
}

/** The build's version and release id, read from its chart version (checked to be one gatehouse makes). */
function versionsOf(module: Module, candidate: Candidate): { version: string; releaseId: string } {
  const parsed = parseChartVersion(candidate.chartVersion);
  if (!parsed) throw new Error(`internal: chart version ${candidate.chartVersion} was not checked`);
  return { version: parsed.version, releaseId: formatReleaseId(module.name, parsed.version, parsed.sha) };
}

/** The manifest entry of a releasable candidate (wave 0 until the train is planned). */
function manifestModuleOf(project: Project, module: Module, candidate: Candidate & { gate: GateSummary }, production: ProductionRelease | undefined): ManifestModule {
  const versions = versionsOf(module, candidate);
  const repository = `${project.dockerHub.registry}/${project.dockerHub.namespace}/${module.name}`;
  const { gate } = candidate;
  return {
    name: module.name,
    wave: 0,
    version: versions.version,
    channel: 'stable',
    commit: candidate.commit,
    releaseId: versions.releaseId,
    // The image tag is the chart version (version/scheme.ts).
    image: { repository, tag: candidate.chartVersion, digest: candidate.imageDigest, reference: `${repository}:${candidate.chartVersion}@${candidate.imageDigest}` },
    chart: { reference: `${project.charts.repository}/${module.name}`, version: candidate.chartVersion },
    helmRelease: module.name,
    gate: gateSummaryOf(gate),
    replaces: production ? { revision: production.revision, chartVersion: production.chartVersion, appVersion: production.appVersion ?? null } : null,
    releaseNotes: candidate.releaseNotes,
  };
}

/** The gate summary the manifest records, in its key order; the gate's other metrics are left behind. */
export function gateSummaryOf(gate: GateSummary): GateSummary {
  const { tests, vulnerabilities: v } = gate;
  return {
    lineCoverage: gate.lineCoverage,
    branchCoverage: gate.branchCoverage,
    integrationPassRate: gate.integrationPassRate,
    tests: { total: tests.total, passed: tests.passed, failures: tests.failures, errors: tests.errors, skipped: tests.skipped },
    vulnerabilities: { critical: v.critical, high: v.high, medium: v.medium, low: v.low, unknown: v.unknown },
  };
}
