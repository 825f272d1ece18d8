// Nothing reaches production without approvals.
import type { Finding } from '../finding.js';
import type { RawConfig } from '../types.js';

export function checkProductionApprovals(config: RawConfig): Finding[] {
  return Object.entries(config.environments).flatMap(([name, environment]): Finding[] => {
    if (environment.production !== true || (environment.approvals ?? []).length > 0) return [];
    const roles = Object.keys(config.release.approvers).join(', ');
    return [{
      code: 'GH310',
      message: `production environment "${name}" requires no approvals`,
      path: ['environments', name, 'production'],
      target: 'key',
      hint: `add approvals: [${roles}] (the roles defined in release.approvers)`,
    }];
  });
}
