// A branch kind that runs a stage without the earlier stage it reads from: the build would fail
// at that stage (or act on nothing). A module's skip never removes a required stage (only
// smokeTests and integrationTests may be skipped, and nothing requires them), so only the
// branch flow is checked.
import type { Finding } from '../finding.js';
import type { RawConfig } from '../types.js';
import { BRANCH_KINDS, STAGE_IDS } from '../../model/types.js';
import type { StageId } from '../../model/types.js';
import { STAGE_REQUIREMENTS } from '../../model/stage-requirements.js';

export function checkStageRequirements(config: RawConfig): Finding[] {
  return BRANCH_KINDS.flatMap((kind) => checkKind(kind, config.branchFlow[kind].stages));
}

function checkKind(kind: string, stages: readonly StageId[]): Finding[] {
  const reported = new Set<string>();
  // Stages run in the release process's order whatever order they are listed in; report in that order.
  const ordered = STAGE_IDS.filter((stage) => stages.includes(stage));
  return ordered.flatMap((stage) =>
    STAGE_REQUIREMENTS[stage]
      .filter((requirement) => !requirement.anyOf.some((needed) => stages.includes(needed)))
      .filter((requirement) => {
        const key = requirement.anyOf.join('|');
        if (reported.has(key)) return false;
        reported.add(key);
        return true;
      })
      .map((requirement): Finding => {
        const needed = requirement.anyOf.join(' or ');
        return {
          code: 'GH321',
          message: `branchFlow.${kind} runs ${stage} without ${needed}: ${requirement.why}`,
          path: ['branchFlow', kind, 'stages', stages.indexOf(stage)],
          target: 'value',
          hint: `add ${needed} to branchFlow.${kind}.stages, or remove ${stage}`,
        };
      }),
  );
}
