// The release settings of the Model: modules.yaml's `release` with its defaults applied.
import type { RawConfig, RawFreezePeriod } from '../config/types.js';
import { BUILTIN_GITHUB_DEFAULTS } from './defaults.js';
import type { ApproverRole, FreezePeriod, Release, ReleaseGitHub } from './types.js';

/** The default `release.vote.cancelRoles`, kept only when such a role votes in the train. */
const DEFAULT_CANCEL_ROLES = ['sre'];
const DEFAULT_LOAD_TEST_TIMEOUT_MINUTES = 30;

export function buildRelease(config: RawConfig): Release {
  const raw = config.release;
  const release: Release = {
    mode: raw.mode ?? 'train',
    timeZone: raw.timeZone,
    weekdays: [...raw.weekdays],
    goNoGoTime: raw.goNoGoTime,
    releaseTime: raw.releaseTime,
    freeze: (raw.freeze ?? []).map(normaliseFreeze),
    vote: { cancelRoles: raw.vote?.cancelRoles ?? DEFAULT_CANCEL_ROLES.filter((role) => trainVoterRoles(config).includes(role)) },
    approvers: Object.entries(raw.approvers).map(([name, role]): ApproverRole => ({
      name,
      description: role.description,
      submitters: role.submitters ?? [],
      moduleLead: role.moduleLead ?? false,
    })),
    github: buildReleaseGitHub(config),
  };
  if (raw.loadTest) {
    const { command, report, image, timeoutMinutes } = raw.loadTest;
    // Like the test commands, the load test runs in the gatehouse CLI's image unless it names its own.
    release.loadTest = { command, report, image: image ?? config.project.agents.node, timeoutMinutes: timeoutMinutes ?? DEFAULT_LOAD_TEST_TIMEOUT_MINUTES };
  }
  return release;
}

/** A one-day freeze is the range from that day to that day. */
function normaliseFreeze(raw: RawFreezePeriod): FreezePeriod {
  const from = raw.date ?? raw.from ?? '';
  return { from, to: raw.date ?? raw.to ?? from, reason: raw.reason };
}

/**
 * The roles that vote in the train: the approvals of the environment the master build deploys to,
 * the environment the train promotes into. Empty when master deploys nowhere.
 */
export function trainVoterRoles(config: RawConfig): string[] {
  const environment = config.branchFlow.master.environment;
  return environment === undefined ? [] : (config.environments[environment]?.approvals ?? []);
}

/** `release.github` with the defaults of release prepare and release tag. */
function buildReleaseGitHub(config: RawConfig): ReleaseGitHub {
  const raw = config.release.github ?? {};
  const defaults = BUILTIN_GITHUB_DEFAULTS.release;
  return {
    branchName: raw.branchName ?? defaults.branchName,
    requireIssueReference: raw.requireIssueReference ?? defaults.requireIssueReference,
    bumpLabels: { major: raw.bumpLabels?.major ?? defaults.bumpLabels.major, minor: raw.bumpLabels?.minor ?? defaults.bumpLabels.minor },
    checklist: raw.checklist ?? defaults.checklist,
  };
}
