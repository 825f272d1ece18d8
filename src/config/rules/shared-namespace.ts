// Two branch kinds deploying into one namespace of one cluster overwrite each other's release
// (e.g. staging builds replacing the release candidate that pre-prod is verifying).
import type { Finding } from '../finding.js';
import type { RawConfig } from '../types.js';
import { BRANCH_KINDS } from '../../model/types.js';
import type { BranchKind } from '../../model/types.js';

export function checkSharedNamespaces(config: RawConfig): Finding[] {
  const owners = new Map<string, BranchKind>();
  const findings: Finding[] = [];
  for (const kind of BRANCH_KINDS) {
    const rule = config.branchFlow[kind];
    const environment = rule.environment === undefined ? undefined : config.environments[rule.environment];
    if (environment === undefined || !rule.stages.includes('deploy')) continue;
    const target = `${environment.clusterCredentialsId}\u0000${environment.namespace}`;
    const owner = owners.get(target);
    if (owner === undefined) {
      owners.set(target, kind);
      continue;
    }
    findings.push({
      code: 'GH309',
      message: `branchFlow.${owner} and branchFlow.${kind} both deploy into namespace "${environment.namespace}" (cluster ${environment.clusterCredentialsId})`,
      path: ['branchFlow', kind, 'environment'],
      target: 'value',
      hint: 'give each branch kind that deploys its own environment and namespace',
    });
  }
  return findings;
}
