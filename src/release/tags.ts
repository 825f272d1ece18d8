// Release tags: `<module>-v<MAJOR.MINOR.PATCH>`, one per released version of a module. Pure.
import { lt, prerelease, rcompare, valid } from 'semver';
import type { MatchingRef } from './port.js';

export interface ReleaseTag {
  tag: string;
  version: string;
}

export function releaseTagName(module: string, version: string): string {
  return `${module}-v${version}`;
}

/** The module's release tags among the refs, highest version first (other tags are ignored). */
export function moduleReleaseTags(refs: readonly MatchingRef[], module: string): ReleaseTag[] {
  const prefix = `refs/tags/${module}-v`;
  return refs
    .filter((r) => r.ref.startsWith(prefix))
    .map((r) => ({ tag: r.ref.slice('refs/tags/'.length), version: r.ref.slice(prefix.length) }))
    .filter((t) => valid(t.version) !== null && prerelease(t.version) === null)
    .sort((a, b) => rcompare(a.version, b.version));
}

/** The newest release strictly below `version` (the previous release), if any. */
export function previousRelease(tags: readonly ReleaseTag[], version: string): ReleaseTag | undefined {
  return tags.find((t) => lt(t.version, version));
}
