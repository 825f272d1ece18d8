// `when` conditions from the Plan's BuildMatch: the one place that says how Jenkins tells the
// build kinds apart. A PR build's BRANCH_NAME is `PR-<n>`, so `branch` never matches a PR; the
// release PR (source -> target) is told apart from other PRs with `changeRequest target/branch`.
import { groovyString } from '../../render/escape.js';
import type { BuildMatch } from '../../plan/types.js';

type Release = Extract<BuildMatch, { type: 'releasePullRequest' }>;

function releaseCondition(release: Release): string {
  return `changeRequest target: ${groovyString(release.target)}, branch: ${groovyString(release.source)}`;
}

/** Condition lines for one match; several lines mean "any of these". */
function alternatives(match: BuildMatch, release: Release | undefined): string[][] {
  switch (match.type) {
    case 'branch':
      return match.globs.map((glob) => [`branch ${groovyString(glob)}`]);
    case 'releasePullRequest':
      return [[releaseCondition(match)]];
    case 'changeRequest':
      if (!release) return [['changeRequest()']];
      return [['allOf {', '  changeRequest()', `  not { ${releaseCondition(release)} }`, '}']];
  }
}

/**
 * The lines inside `when { }` for a stage that runs for any of `matches`; `release` is the
 * release PR's match, excluded from plain PR builds. `beforeAgent true` so a skipped stage never
 * starts a pod.
 */
export function whenLines(matches: readonly BuildMatch[], release: Release | undefined): string[] {
  // (PR and not the release PR) or the release PR = any PR: say it the short way.
  const everyPullRequest = matches.some((m) => m.type === 'changeRequest') && matches.some((m) => m.type === 'releasePullRequest');
  const options = everyPullRequest
    ? matches.filter((m) => m.type !== 'releasePullRequest').flatMap((m) => alternatives(m, undefined))
    : matches.flatMap((m) => alternatives(m, release));
  if (options.length === 0) throw new Error('internal: a stage that no build runs');
  const condition = options.length === 1 ? options[0]! : ['anyOf {', ...options.flat().map((l) => `  ${l}`), '}'];
  return ['beforeAgent true', ...condition];
}

export function releaseMatch(matches: readonly BuildMatch[]): Release | undefined {
  return matches.find((m): m is Release => m.type === 'releasePullRequest');
}
