// `when` conditions from the Plan's BuildMatch: the one place that says how Jenkins tells the
// build kinds apart. A PR build's BRANCH_NAME is `PR-<n>`, so `branch` never matches a PR; the
// release PR (source -> target) is told apart from other PRs with `changeRequest target/branch`.
import { groovyString } from '../../render/escape.js';
import type { BuildMatch } from '../../plan/types.js';

interface PullRequest {
  source: string;
  target: string;
}

function releaseCondition(release: PullRequest): string {
  return `changeRequest target: ${groovyString(release.target)}, branch: ${groovyString(release.source)}`;
}

/** Condition lines for one match; several entries mean "any of these". */
function alternatives(match: BuildMatch): string[][] {
  switch (match.type) {
    case 'branch':
      return match.globs.map((glob) => [`branch ${groovyString(glob)}`]);
    case 'releasePullRequest':
      return [[releaseCondition(match)]];
    case 'changeRequest':
      if (!match.except) return [['changeRequest()']];
      return [['allOf {', '  changeRequest()', `  not { ${releaseCondition(match.except)} }`, '}']];
  }
}

/** (any PR except R) or R = any PR: say it the short way when both kinds run a stage. */
function simplify(matches: readonly BuildMatch[]): BuildMatch[] {
  const release = matches.find((m) => m.type === 'releasePullRequest');
  const others = matches.find((m) => m.type === 'changeRequest');
  if (!release || !others || others.type !== 'changeRequest' || !others.except) return [...matches];
  if (others.except.source !== release.source || others.except.target !== release.target) return [...matches];
  return matches.filter((m) => m !== release).map((m) => (m === others ? { type: 'changeRequest' } : m));
}

/**
 * The lines inside `when { }` for a stage that runs for any of `matches`, with `beforeAgent true`
 * so a skipped stage never starts a pod.
 */
export function whenLines(matches: readonly BuildMatch[]): string[] {
  const options = simplify(matches).flatMap(alternatives);
  if (options.length === 0) throw new Error('internal: a stage that no build runs');
  const condition = options.length === 1 ? options[0]! : ['anyOf {', ...options.flat().map((l) => `  ${l}`), '}'];
  return ['beforeAgent true', ...condition];
}
