// In train mode a module reaches production only as a release candidate, and a candidate is the
// blessed build a master build resolved (promote) and recorded. A master build that does not
// promote would never give the train anything to release.
import type { Finding } from '../finding.js';
import type { RawConfig } from '../types.js';

export function checkReleaseCandidates(config: RawConfig): Finding[] {
  if ((config.release.mode ?? 'train') !== 'train') return [];
  const master = config.branchFlow.master;
  // Without an environment GH354 reports the train as a whole: one mistake, one message.
  if (master.environment === undefined || master.stages.includes('promote')) return [];
  return [{
    code: 'GH356',
    message: 'release.mode is train, but branchFlow.master does not run promote, so no master build ever records a blessed build as a release candidate',
    path: ['branchFlow', 'master', 'stages'],
    target: 'value',
    hint: 'add promote to branchFlow.master.stages (after checkout), or set release.mode: continuous',
  }];
}
