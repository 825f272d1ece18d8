// Promotion deploys a build that the release pull request build (prMerge) published, deployed and
// blessed. A flow that promotes without such a build has nothing to promote, ever.
import type { Finding } from '../finding.js';
import type { RawConfig } from '../types.js';
import { BRANCH_KINDS } from '../../model/types.js';
import type { StageId } from '../../model/types.js';

/** What the release PR build must run for a blessed build to exist. */
const MAKES_BLESSED_BUILDS: readonly StageId[] = ['publishChart', 'deploy'];

export function checkPromoteSource(config: RawConfig): Finding[] {
  const release = config.branchFlow.prMerge.stages;
  const missing = MAKES_BLESSED_BUILDS.filter((stage) => !release.includes(stage));
  if (missing.length === 0) return [];
  return BRANCH_KINDS.flatMap((kind): Finding[] => {
    const index = config.branchFlow[kind].stages.indexOf('promote');
    if (index < 0) return [];
    return [{
      code: 'GH320',
      message:
        `branchFlow.${kind} runs promote, which deploys a build the release pull request build blessed; but ` +
        `branchFlow.prMerge does not run ${missing.join(' or ')}, so no build is ever blessed and there is nothing to promote`,
      path: ['branchFlow', kind, 'stages', index],
      target: 'value',
      hint: `add ${missing.join(' and ')} to branchFlow.prMerge.stages (with an environment), or let branchFlow.${kind} build and deploy instead of promoting`,
    }];
  });
}
