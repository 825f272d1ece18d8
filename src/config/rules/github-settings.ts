// Rules for the GitHub side (sync, library publish, release prepare): settings that would make
// two modules, two releases or two meanings collide on GitHub.
import type { Finding } from '../finding.js';
import type { RawConfig } from '../types.js';

/** Each module's files go to the root of its repository: two modules in one repository would overwrite each other. */
export function checkSharedRepositories(config: RawConfig): Finding[] {
  const first = new Map<string, string>();
  return Object.entries(config.modules).flatMap(([name, module]): Finding[] => {
    const key = module.repository.toLowerCase();
    const owner = first.get(key);
    if (owner === undefined) {
      first.set(key, name);
      return [];
    }
    return [{
      code: 'GH361',
      message: `modules "${owner}" and "${name}" both use repository "${module.repository}"; gatehouse sync writes each module's Jenkinsfile and chart/ at its repository's root`,
      path: ['modules', name, 'repository'],
      target: 'value',
      hint: 'give every module its own repository',
    }];
  });
}

const PLACEHOLDERS = ['{module}', '{version}'];

export function checkReleaseBranchName(config: RawConfig): Finding[] {
  const name = config.release.github?.branchName;
  if (name === undefined) return [];
  const missing = PLACEHOLDERS.filter((p) => !name.includes(p));
  const unknown = (name.match(/\{[^}]*\}?/g) ?? []).filter((p) => !PLACEHOLDERS.includes(p));
  if (missing.length === 0 && unknown.length === 0) return [];
  const what = missing.length > 0 ? `lacks ${missing.join(' and ')}, so two releases would share one branch` : `has ${unknown.join(', ')}, which is not {module} or {version}`;
  return [{ code: 'GH362', message: `release.github.branchName "${name}" ${what}`, path: ['release', 'github', 'branchName'], target: 'value', hint: 'use both placeholders, e.g. release/{module}-{version}' }];
}

export function checkBumpLabels(config: RawConfig): Finding[] {
  const labels = config.release.github?.bumpLabels;
  const major = labels?.major ?? [];
  return (labels?.minor ?? []).flatMap((label, index): Finding[] =>
    major.includes(label)
      ? [{ code: 'GH363', message: `label "${label}" is both a major and a minor bump label`, path: ['release', 'github', 'bumpLabels', 'minor', index], target: 'value', hint: 'list it under one of them' }]
      : [],
  );
}

/** gatehouse replaces the sync branch's commit on every sync: it must never be a branch people build from. */
export function checkSyncBranch(config: RawConfig): Finding[] {
  const sync = config.project.github.syncBranch;
  if (sync === undefined) return [];
  const { prMerge, staging, master } = config.branchFlow;
  const used = [prMerge.source ?? 'staging', prMerge.target ?? 'master', ...(staging.branches ?? []), ...(master.branches ?? [])];
  if (!used.includes(sync)) return [];
  return [{
    code: 'GH364',
    message: `project.github.syncBranch "${sync}" is a branch of the branch flow; gatehouse replaces its commit on every sync`,
    path: ['project', 'github', 'syncBranch'],
    target: 'value',
    hint: 'use a branch of its own, e.g. gatehouse/sync',
  }];
}
