// One versioning scheme for images, charts and releases, computed from a module's semver version,
// the quality channel its build reached, the Jenkins job and build number, and the commit sha. Pure.
//
// chartVersion = imageTag = MAJOR.MINOR.PATCH-<channel>.<job>.<build>.g<sha>
//   - every CI build is a SemVer prerelease of the module's version, so it sorts below the plain
//     MAJOR.MINOR.PATCH and above every build of a lower version;
//   - the channel identifier comes first and `alpha` < `beta` < `stable` in ASCII order, so for one
//     version every alpha sorts below every beta, and every beta below every stable build;
//   - the job identifier (job.ts) says which branch job built it: Jenkins counts builds per job,
//     so without it build 42 of `staging` and build 42 of the release PR would share a version;
//   - the build number is a numeric identifier (compared as a number, never with a leading zero),
//     so a later build of a job sorts above an earlier one;
//   - the sha is prefixed with `g` (as `git describe` does) so it is always an alphanumeric
//     identifier: an all-digit sha with a leading zero (`0123456`) would be invalid SemVer;
//   - no build metadata (`+x`): Helm ignores it when comparing and OCI tags turn it into `_`.
// appVersion = releaseId = <module>-<major>-<minor>-<patch>-<sha>, the company's release id.
import type { Channel } from '../model/types.js';
import type { BuildJob } from './job.js';
import { MIN_JOB_BUDGET, checkBuildJob, fitJobIdentifier } from './job.js';

export interface BuildCoordinates {
  module: string;
  /** The module's version from modules.yaml, MAJOR.MINOR.PATCH. */
  version: string;
  channel: Channel;
  /** The branch job that builds: Jenkins' BUILD_NUMBER counts per job. */
  job: BuildJob;
  build: number;
  /** Lower-case hex commit sha, 7 to 40 characters. */
  sha: string;
}

/** Field names and order are the `gatehouse version --format json` contract. */
export interface BuildVersions {
  module: string;
  version: string;
  channel: Channel;
  /** The job identifier in the versions (job.ts). */
  job: string;
  build: number;
  sha: string;
  imageTag: string;
  chartVersion: string;
  appVersion: string;
  releaseId: string;
}

export const SHA_PATTERN = /^[0-9a-f]{7,40}$/;
/** The OCI distribution spec's tag grammar. */
export const OCI_TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const MAX_TAG_LENGTH = 128;
const CORE_VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

export interface CoreVersion {
  major: number;
  minor: number;
  patch: number;
}

/** MAJOR.MINOR.PATCH without prerelease or build metadata, or undefined. */
export function parseCoreVersion(version: string): CoreVersion | undefined {
  const match = CORE_VERSION.exec(version);
  if (!match) return undefined;
  const [major, minor, patch] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  if (![major, minor, patch].every(Number.isSafeInteger)) return undefined;
  return { major, minor, patch };
}

/** Problems with the coordinates, as sentences; empty when they are usable. */
export function checkBuildCoordinates(c: BuildCoordinates): string[] {
  const problems: string[] = [];
  if (!parseCoreVersion(c.version)) problems.push(`module ${c.module} has version "${c.version}"; the scheme needs MAJOR.MINOR.PATCH`);
  if (!Number.isSafeInteger(c.build) || c.build < 0) problems.push(`build must be a non-negative integer (got ${c.build})`);
  if (!SHA_PATTERN.test(c.sha)) problems.push(`sha must be 7 to 40 lower-case hex digits (got "${c.sha}")`);
  problems.push(...checkBuildJob(c.job));
  if (problems.length === 0 && jobBudget(c) < MIN_JOB_BUDGET) {
    problems.push(`version ${c.version} leaves no room for the job in a ${MAX_TAG_LENGTH}-character image tag`);
  }
  return problems;
}

/** The longest channel, build number and sha: every build of a version gets the same budget. */
const WIDEST = { channel: 'stable', build: Number.MAX_SAFE_INTEGER, sha: 'f'.repeat(40) } as const;

/**
 * Characters the job identifier may take in a tag of at most MAX_TAG_LENGTH. It depends on the
 * module version alone, so a job keeps one identifier for all its builds (and a later build
 * still sorts above an earlier one).
 */
function jobBudget(c: BuildCoordinates): number {
  return MAX_TAG_LENGTH - versionOf({ ...c, ...WIDEST }, '').length;
}

function versionOf(c: BuildCoordinates, job: string): string {
  return `${c.version}-${c.channel}.${job}.${c.build}.g${c.sha}`;
}

export function computeBuildVersions(c: BuildCoordinates): BuildVersions {
  const problems = checkBuildCoordinates(c);
  if (problems.length > 0) throw new Error(`internal: invalid build coordinates: ${problems.join('; ')}`);
  const job = fitJobIdentifier(c.job, jobBudget(c));
  const chartVersion = versionOf(c, job);
  // Cannot happen (the job is fitted to the budget); checked because a bad tag would only fail at push time.
  if (!OCI_TAG_PATTERN.test(chartVersion)) throw new Error(`internal: ${chartVersion} is not a valid OCI tag`);
  const releaseId = formatReleaseId(c.module, c.version, c.sha);
  return { module: c.module, version: c.version, channel: c.channel, job, build: c.build, sha: c.sha, imageTag: chartVersion, chartVersion, appVersion: releaseId, releaseId };
}

/** `<module>-<major>-<minor>-<patch>-<sha>`; the release train reads it back from a chart version's parts. */
export function formatReleaseId(module: string, version: string, sha: string): string {
  return `${module}-${version.split('.').join('-')}-${sha}`;
}
