// Module versions are plain MAJOR.MINOR.PATCH: gatehouse adds channel and build parts itself.
// The schema's pattern restates the form for editors; semver's integer range it cannot.
// The one function, not semver's index, which loads every class and range module (20 ms of start-up).
import parse from 'semver/functions/parse.js';
import type { Finding } from '../finding.js';
import type { RawConfig } from '../types.js';

export function checkVersions(config: RawConfig): Finding[] {
  return Object.entries(config.modules).flatMap(([name, module]) => versionFinding(name, module.version) ?? []);
}

export function versionFinding(module: string, version: string): Finding | undefined {
  const problem = versionProblem(version);
  if (problem === undefined) return undefined;
  const parsed = parse(version, { loose: true });
  const hint = parsed ? `write "${parsed.major}.${parsed.minor}.${parsed.patch}"` : 'write MAJOR.MINOR.PATCH, e.g. "1.4.0"';
  return { code: 'GH304', message: `module "${module}": version "${version}" ${problem}`, path: ['modules', module, 'version'], target: 'value', hint };
}

/** Why `version` is not a plain MAJOR.MINOR.PATCH, or undefined when it is one. */
export function versionProblem(version: string): string | undefined {
  const parsed = parse(version);
  if (parsed === null || parsed.version !== version) return 'is not a semantic version MAJOR.MINOR.PATCH';
  if (parsed.prerelease.length > 0 || parsed.build.length > 0) {
    return 'has a pre-release or build part; gatehouse adds those per build';
  }
  return undefined;
}
