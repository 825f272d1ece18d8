// Which branch job built a version. Jenkins numbers builds per job (BUILD_NUMBER) and a module's
// multibranch project has one job per branch and one per pull request, so build 42 of `staging`
// and build 42 of the release PR on the same commit would otherwise get one version. The job
// identifier is one SemVer prerelease identifier (also valid in an OCI tag) that differs for
// every job of a module. Pure.
import { createHash } from 'node:crypto';

/** A pull request job (PR-<n>: Jenkins' CHANGE_ID) or a branch job (its BRANCH_NAME). */
export type BuildJob = { pullRequest: number } | { branch: string };

/** Hex digits of the SHA-256 of the branch name that end an over-long identifier, after the marker H. */
const DIGEST_LENGTH = 12;
const SINGLE_ESCAPES: Record<string, string> = { '/': 'S', '.': 'D', '_': 'U' };

/**
 * The job's identifier. A pull request is `PR<n>`. A branch name is written character by
 * character: `a-z`, `0-9` and `-` as themselves, `/` `.` `_` as `S` `D` `U`, an upper-case letter
 * as `C` and the letter in lower case, any other character as `X`, its code point in hex and `Z`;
 * a name that would start with a digit gets a leading `N` (no all-digit identifier, which SemVer
 * compares as a number and forbids with a leading zero). Upper-case letters appear only as those
 * markers, so the code is prefix-free: two names never share an identifier, a branch never looks
 * like a PR (`P` starts no branch code), and `H` is left for over-long names (fitJobIdentifier).
 * `staging` -> `staging`, `feature/login` -> `featureSlogin`, `release/2.4` -> `releaseS2D4`.
 */
export function jobIdentifier(job: BuildJob): string {
  if ('pullRequest' in job) return `PR${job.pullRequest}`;
  let code = '';
  for (const char of job.branch) {
    if (/^[a-z0-9-]$/.test(char)) code += char;
    else if (SINGLE_ESCAPES[char] !== undefined) code += SINGLE_ESCAPES[char];
    else if (/^[A-Z]$/.test(char)) code += `C${char.toLowerCase()}`;
    else code += `X${char.codePointAt(0)!.toString(16)}Z`;
  }
  return /^[0-9]/.test(code) ? `N${code}` : code;
}

/**
 * The identifier within `budget` characters: as is when it fits, else its start, `H` and 12 hex
 * digits of the SHA-256 of the branch name. Only a very long branch name is shortened; two such
 * names share an identifier only if they start alike and their digests agree in 48 bits, and the
 * image push refuses to overwrite a tag even then.
 */
export function fitJobIdentifier(job: BuildJob, budget: number): string {
  const identifier = jobIdentifier(job);
  if (identifier.length <= budget || 'pullRequest' in job) return identifier;
  const digest = createHash('sha256').update(job.branch, 'utf8').digest('hex').slice(0, DIGEST_LENGTH);
  return `${identifier.slice(0, budget - DIGEST_LENGTH - 1)}H${digest}`;
}

/** The shortest budget fitJobIdentifier needs: one character of the name, H and the digest. */
export const MIN_JOB_BUDGET = DIGEST_LENGTH + 2;

/** Problems with a job, as sentences; empty when it is usable. */
export function checkBuildJob(job: BuildJob): string[] {
  if ('pullRequest' in job) {
    return Number.isSafeInteger(job.pullRequest) && job.pullRequest > 0 ? [] : [`pull request must be a positive integer (got ${job.pullRequest})`];
  }
  return job.branch === '' ? ['branch must not be empty'] : [];
}
