// An approver role that nobody may submit would hold every deploy that needs it forever.
import type { Finding } from '../finding.js';
import type { RawConfig } from '../types.js';

export function checkApproverRoles(config: RawConfig): Finding[] {
  return Object.entries(config.release.approvers).flatMap(([name, role]): Finding[] =>
    (role.submitters ?? []).length > 0 || role.moduleLead === true
      ? []
      : [{
          code: 'GH319',
          message: `approver role "${name}" has no submitters and does not let the module lead approve: nobody could approve it`,
          path: ['release', 'approvers', name],
          target: 'key',
          hint: 'add submitters: [<Jenkins user or group>], or moduleLead: true',
        }],
  );
}
