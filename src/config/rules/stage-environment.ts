// Stages that act on a cluster need to know which environment they act on.
import type { Finding } from '../finding.js';
import type { RawConfig } from '../types.js';
import { BRANCH_KINDS, ENVIRONMENT_STAGE_IDS } from '../../model/types.js';
import type { StageId } from '../../model/types.js';

export function checkStageEnvironments(config: RawConfig): Finding[] {
  return BRANCH_KINDS.flatMap((kind): Finding[] => {
    const rule = config.branchFlow[kind];
    const needing = rule.stages.filter((stage) => (ENVIRONMENT_STAGE_IDS as readonly StageId[]).includes(stage));
    if (rule.environment !== undefined || needing.length === 0) return [];
    return [{
      code: 'GH314',
      message: `branchFlow.${kind} runs ${needing.join(', ')} but names no environment`,
      path: ['branchFlow', kind],
      target: 'key',
      hint: `add "environment: <name>" with one of: ${Object.keys(config.environments).join(', ')}`,
    }];
  });
}
