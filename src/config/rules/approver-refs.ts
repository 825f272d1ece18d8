// Every approval an environment asks for must be a defined approver role.
import type { Finding } from '../finding.js';
import type { RawConfig } from '../types.js';
import { didYouMean } from '../../util/suggest.js';

export function checkApproverReferences(config: RawConfig): Finding[] {
  const roles = Object.keys(config.release.approvers);
  return Object.entries(config.environments).flatMap(([name, environment]) =>
    (environment.approvals ?? []).flatMap((role, index): Finding[] =>
      roles.includes(role)
        ? []
        : [{
            code: 'GH308',
            message: `environment "${name}" requires approval by "${role}", which is not a role in release.approvers`,
            path: ['environments', name, 'approvals', index],
            target: 'value',
            hint: didYouMean(role, roles) ?? `defined roles: ${roles.join(', ')}`,
          }],
    ),
  );
}
