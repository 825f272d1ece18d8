// Module versions are plain MAJOR.MINOR.PATCH: gatehouse adds channel and build parts itself.
import { parse } from 'semver';
import type { Finding } from '../finding.js';
import type { RawConfig } from '../types.js';

export function checkVersions(config: RawConfig): Finding[] {
  return Object.entries(config.modules).flatMap(([name, module]): Finding[] => {
    const problem = versionProblem(module.version);
    if (problem === undefined) return [];
    const parsed = parse(module.version, { loose: true });
    const hint = parsed ? `write "${parsed.major}.${parsed.minor}.${parsed.patch}"` : 'write MAJOR.MINOR.PATCH, e.g. "1.4.0"';
    return [{ code: 'GH304', message: `module "${name}": version "${module.version}" ${problem}`, path: ['modules', name, 'version'], target: 'value', hint }];
  });
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
