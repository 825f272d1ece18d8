// The version a release gets. Without --bump, modules.yaml's version is the base: once released
// (its tag exists) the release is that version bumped as the pull requests' labels ask; a version
// not released yet is released as it is (someone chose it). --bump is relative to the latest
// release (or, before any, to modules.yaml's version). A release already in preparation (its
// release branch exists, no tag yet) keeps its version, so running prepare again never bumps
// twice. Pure.
import { inc, lt } from 'semver';
import type { Problem } from '../codes.js';
import { problem } from '../codes.js';
import type { Bump } from '../notes/render-notes.js';

export interface VersionInput {
  module: string;
  /** modules.yaml's version. */
  current: string;
  /** Versions with a release tag, highest first. */
  released: readonly string[];
  /** The version of a release branch without a tag, if one exists. */
  inPreparation: { version: string; branch: string } | undefined;
  bump: Bump;
  /** The bump came from --bump (not from labels). */
  explicit: boolean;
}

export function decideVersion(input: VersionInput): { version: string; reason: string } | { problem: Problem } {
  const latest = input.released[0];
  const refuse = (message: string, hint: string) => ({ problem: problem('GH711', message, hint) });
  if (latest !== undefined && lt(input.current, latest)) {
    return refuse(`modules.yaml has ${input.module} ${input.current}, below its latest release ${latest}`, `set modules.${input.module}.version to ${latest} or later`);
  }
  const target = input.explicit ? bumped(latest ?? input.current, input.bump) : input.released.includes(input.current) ? bumped(input.current, input.bump) : input.current;
  const preparing = input.inPreparation;
  if (preparing !== undefined) {
    if (input.explicit && target !== preparing.version) {
      return refuse(`release ${preparing.version} of ${input.module} is already in preparation (branch ${preparing.branch}); --bump ${input.bump} would make it ${target}`, `delete branch ${preparing.branch} to prepare another version`);
    }
    return { version: preparing.version, reason: `already in preparation on ${preparing.branch}` };
  }
  if (lt(target, input.current)) {
    return refuse(`--bump ${input.bump} gives ${input.module} ${target}, below modules.yaml's ${input.current}`, 'run without --bump to release the version in modules.yaml, or bump more');
  }
  if (input.explicit) return { version: target, reason: `${input.bump} bump of ${latest ?? input.current} (--bump)` };
  return target === input.current
    ? { version: target, reason: "modules.yaml's version, not released yet" }
    : { version: target, reason: `${input.bump} bump of ${input.current} (from the pull request labels)` };
}

function bumped(version: string, bump: Bump): string {
  return inc(version, bump) ?? version;
}
