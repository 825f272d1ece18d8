// The semantic rules: checks that need more than one place of the file. Each rule is a pure
// function of a schema-valid config and returns findings; they run only when the schema passed,
// so users never see a cascade from one typo. Rules on merged chart settings need the Model and
// live in src/model/rules/.
import type { Finding } from '../finding.js';
import type { RawConfig } from '../types.js';
import { checkAllowDates } from './allow-dates.js';
import { checkApproverReferences } from './approver-refs.js';
import { checkApproverRoles } from './approver-roles.js';
import { checkChannelOrder } from './channel-order.js';
import { checkChartRepository } from './chart-repository.js';
import { checkCycles } from './cycles.js';
import { checkDependencies } from './dependencies.js';
import { checkEnvironmentReferences } from './environment-refs.js';
import { checkBumpLabels, checkReleaseBranchName, checkSharedRepositories, checkSyncBranch } from './github-settings.js';
import { checkLoneSurrogates } from './lone-surrogates.js';
import { checkEnvironmentNames, checkModuleNames } from './names.js';
import { checkProductionApprovals } from './production-approvals.js';
import { checkPromoteSource } from './promote-source.js';
import { checkReleaseCandidates } from './release-candidates.js';
import { checkReleaseFreeze } from './release-freeze.js';
import { checkReleaseSchedule } from './release-schedule.js';
import { checkReleaseVote } from './release-vote.js';
import { checkSharedNamespaces } from './shared-namespace.js';
import { checkSkipEffect } from './skip-effect.js';
import { checkStageEnvironments } from './stage-environment.js';
import { checkStageRequirements } from './stage-requirements.js';
import { checkVersions } from './versions.js';

export type Rule = (config: RawConfig) => Finding[];

export const SEMANTIC_RULES: readonly Rule[] = [
  checkDependencies,
  checkCycles,
  checkVersions,
  checkModuleNames,
  checkEnvironmentNames,
  checkEnvironmentReferences,
  checkApproverReferences,
  checkApproverRoles,
  checkSharedNamespaces,
  checkProductionApprovals,
  checkChartRepository,
  checkSkipEffect,
  checkAllowDates,
  checkStageEnvironments,
  checkPromoteSource,
  checkReleaseSchedule,
  checkReleaseFreeze,
  checkReleaseVote,
  checkReleaseCandidates,
  checkChannelOrder,
  checkStageRequirements,
  checkLoneSurrogates,
  checkSharedRepositories,
  checkReleaseBranchName,
  checkBumpLabels,
  checkSyncBranch,
];

export function checkRules(config: RawConfig): Finding[] {
  return SEMANTIC_RULES.flatMap((rule) => rule(config));
}
