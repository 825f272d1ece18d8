// A skipped stage that no branch kind runs: the skip (and its reason) changes nothing.
import type { Finding } from '../finding.js';
import type { RawConfig } from '../types.js';
import { BRANCH_KINDS } from '../../model/types.js';

export function checkSkipEffect(config: RawConfig): Finding[] {
  const running = new Set(BRANCH_KINDS.flatMap((kind) => config.branchFlow[kind].stages));
  const owners: [string, Record<string, string> | undefined, Finding['path']][] = [
    ['defaults', config.defaults.skip, ['defaults', 'skip']],
    ...Object.entries(config.modules).map(([name, module]): [string, Record<string, string> | undefined, Finding['path']] => [
      `module "${name}"`,
      module.skip,
      ['modules', name, 'skip'],
    ]),
  ];
  return owners.flatMap(([owner, skip, path]) =>
    Object.keys(skip ?? {})
      .filter((stage) => !(running as Set<string>).has(stage))
      .map((stage): Finding => ({
        code: 'GH312',
        message: `${owner} skips "${stage}", but no branch kind in branchFlow runs that stage`,
        path: [...path, stage],
        target: 'key',
        hint: 'remove the skip, or add the stage to a branchFlow rule',
      })),
  );
}
