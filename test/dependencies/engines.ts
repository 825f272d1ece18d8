// Which locked packages would make npm warn EBADENGINE on a Node version that our own
// package.json `engines.node` admits.
//
// The rule: every Node version we declare must be one that every locked package declares too,
// i.e. our range is a subset of each package's range (`semver.subset`). A weaker check (only our
// minimum, or only the Node that runs the tests) would let a package drop a release line we
// still promise, and users on that line would meet the warning, or the crash behind it, first.
// Like npm (npm-install-checks), only a string `engines.node` counts; dev dependencies count too,
// because `npm ci` installs and checks them for every contributor and CI run.
import semver from 'semver';

export interface LockedPackage {
  version?: string;
  engines?: unknown;
}

export interface EngineMismatch {
  /** The package's path in the lockfile, e.g. node_modules/@octokit/request/node_modules/x. */
  path: string;
  version: string;
  requires: string;
}

export function engineMismatches(packages: Record<string, LockedPackage>, declared: string): EngineMismatch[] {
  const mismatches: EngineMismatch[] = [];
  for (const [path, locked] of Object.entries(packages)) {
    const requires = nodeRange(locked.engines);
    if (path === '' || requires === undefined) continue;
    const accepted = semver.validRange(requires) !== null && semver.subset(declared, requires);
    if (!accepted) mismatches.push({ path, version: locked.version ?? '?', requires });
  }
  return mismatches;
}

function nodeRange(engines: unknown): string | undefined {
  if (typeof engines !== 'object' || engines === null || Array.isArray(engines)) return undefined;
  const node = (engines as Record<string, unknown>)['node'];
  return typeof node === 'string' ? node : undefined;
}
