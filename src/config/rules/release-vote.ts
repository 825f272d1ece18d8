// The release train's vote: in train mode somebody must vote, and the roles that can cancel the
// train must be roles that vote in it.
import type { Finding } from '../finding.js';
import type { RawConfig } from '../types.js';
import { trainVoterRoles } from '../../model/release.js';
import { didYouMean } from '../../util/suggest.js';

export function checkReleaseVote(config: RawConfig): Finding[] {
  const voters = trainVoterRoles(config);
  const findings: Finding[] = [];
  if ((config.release.mode ?? 'train') === 'train' && voters.length === 0 && !reportedByProductionApprovals(config)) findings.push(noVoters(config));
  (config.release.vote?.cancelRoles ?? []).forEach((role, index) => {
    if (voters.includes(role)) return;
    const defined = Object.keys(config.release.approvers).includes(role);
    findings.push({
      code: 'GH353',
      message: defined
        ? `release.vote.cancelRoles names "${role}", which does not vote in the train (not in the approvals of ${config.branchFlow.master.environment ?? 'the environment the train deploys to'})`
        : `release.vote.cancelRoles names "${role}", which is not a role in release.approvers`,
      path: ['release', 'vote', 'cancelRoles', index],
      target: 'value',
      hint: didYouMean(role, voters) ?? (voters.length > 0 ? `roles that vote: ${voters.join(', ')}` : undefined),
    });
  });
  return findings;
}

/** A production environment without approvals is GH310 already; one mistake, one message. */
function reportedByProductionApprovals(config: RawConfig): boolean {
  const environment = config.branchFlow.master.environment;
  return environment !== undefined && config.environments[environment]?.production === true;
}

function noVoters(config: RawConfig): Finding {
  const environment = config.branchFlow.master.environment;
  return {
    code: 'GH354',
    message: environment === undefined
      ? 'release.mode is train, but branchFlow.master deploys to no environment, so the train has nowhere to release to and nobody to vote'
      : `release.mode is train, but environment "${environment}" (where master deploys) requires no approvals, so nobody votes in the train`,
    path: environment === undefined ? ['branchFlow', 'master'] : ['environments', environment],
    target: 'key',
    hint: environment === undefined ? 'give branchFlow.master an environment, or set release.mode: continuous' : `add approvals to environments.${environment}, or set release.mode: continuous`,
  };
}
