// Which branch kind a real Jenkins build runs as, decided exactly the way the Jenkinsfile's
// `when` conditions decide it (see BuildMatch), so `gatehouse plan --branch` never disagrees
// with Jenkins.
import { BRANCH_KINDS } from '../model/types.js';
import type { BranchFlow, BranchKind } from '../model/types.js';
import { branchGlobMatches } from './branch-glob.js';
import { matchOf } from './plan.js';
import type { BuildMatch } from './types.js';

/** A build as Jenkins' multibranch job sees it. */
export interface BuildDescription {
  /** BRANCH_NAME: the branch, or `PR-<n>` for a pull-request build. */
  branch: string;
  /** CHANGE_TARGET and CHANGE_BRANCH; set only for pull-request builds (CHANGE_ID present). */
  changeTarget?: string;
  changeSource?: string;
}

/**
 * Every kind whose condition holds, in BRANCH_KINDS order. More than one means the branch flow
 * overlaps and Jenkins would run the stages of all of them.
 */
export function matchingKinds(flow: BranchFlow, build: BuildDescription): BranchKind[] {
  return BRANCH_KINDS.filter((kind) => buildMatches(matchOf(flow[kind], flow), build));
}

/** The kind Jenkins runs for this build, or undefined when no condition holds. */
export function classifyBuild(flow: BranchFlow, build: BuildDescription): BranchKind | undefined {
  return matchingKinds(flow, build)[0];
}

function buildMatches(match: BuildMatch, build: BuildDescription): boolean {
  const isChangeRequest = build.changeTarget !== undefined;
  switch (match.type) {
    // `when { branch 'g' }` tests BRANCH_NAME, which is `PR-<n>` in a PR build: a glob such as
    // `feature/*` is false there, but a catch-all glob like `*` would still match it.
    case 'branch':
      return match.globs.some((glob) => branchGlobMatches(glob, build.branch));
    // `changeRequest target: 'T', branch: 'S'` compares CHANGE_TARGET and CHANGE_BRANCH with EQUALS.
    case 'releasePullRequest':
      return isChangeRequest && isReleasePullRequest(match, build);
    case 'changeRequest':
      return isChangeRequest && !(match.except !== undefined && isReleasePullRequest(match.except, build));
  }
}

function isReleasePullRequest(release: { source: string; target: string }, build: BuildDescription): boolean {
  return build.changeTarget === release.target && build.changeSource === release.source;
}
