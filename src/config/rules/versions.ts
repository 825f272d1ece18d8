// Module versions are plain MAJOR.MINOR.PATCH: gatehouse adds channel and build parts itself.
// The schema's pattern restates the form for editors; semver's integer range it cannot.
// A plain version is recognised without semver; semver (its one parse function, not its index,
// which loads every class and range module) is loaded with require only to explain another
// form, so a config of plain versions never loads it (versions.property.test.ts compares the two).
import type parseFunction from 'semver/functions/parse.js';
import type { Finding } from '../finding.js';
import type { RawConfig } from '../types.js';
import { loadOnFirstUse } from '../../util/load-on-first-use.js';

const semverParse = loadOnFirstUse<typeof parseFunction>('semver/functions/parse.js');

/**
 * What semver accepts as exactly MAJOR.MINOR.PATCH: decimal numbers without leading zeros, each at
 * most Number.MAX_SAFE_INTEGER (semver throws above it, and the length limit, 256, lies far beyond).
 */
const PLAIN_VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

function isPlainVersion(version: string): boolean {
  const parts = PLAIN_VERSION.exec(version);
  return parts !== null && parts.slice(1).every((part) => Number(part) <= Number.MAX_SAFE_INTEGER);
}

export function checkVersions(config: RawConfig): Finding[] {
  return Object.entries(config.modules).flatMap(([name, module]) => versionFinding(name, module.version) ?? []);
}

export function versionFinding(module: string, version: string): Finding | undefined {
  const problem = versionProblem(version);
  if (problem === undefined) return undefined;
  const parsed = semverParse()(version, { loose: true });
  const hint = parsed ? `write "${parsed.major}.${parsed.minor}.${parsed.patch}"` : 'write MAJOR.MINOR.PATCH, e.g. "1.4.0"';
  return { code: 'GH304', message: `module "${module}": version "${version}" ${problem}`, path: ['modules', module, 'version'], target: 'value', hint };
}

/** Why `version` is not a plain MAJOR.MINOR.PATCH, or undefined when it is one. */
export function versionProblem(version: string): string | undefined {
  if (isPlainVersion(version)) return undefined;
  const parsed = semverParse()(version);
  if (parsed === null || parsed.version !== version) return 'is not a semantic version MAJOR.MINOR.PATCH';
  if (parsed.prerelease.length > 0 || parsed.build.length > 0) {
    return 'has a pre-release or build part; gatehouse adds those per build';
  }
  return undefined;
}
