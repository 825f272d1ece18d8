// Every environment a branch rule deploys to, or a module overrides, must be defined.
import type { Finding } from '../finding.js';
import type { RawConfig } from '../types.js';
import { BRANCH_KINDS } from '../../model/types.js';
import { didYouMean } from '../../util/suggest.js';

export function checkEnvironmentReferences(config: RawConfig): Finding[] {
  const known = Object.keys(config.environments);
  const undefinedEnvironment = (name: string, where: string, path: Finding['path'], target: Finding['target']): Finding[] =>
    known.includes(name)
      ? []
      : [{ code: 'GH307', message: `${where} names environment "${name}", which is not defined`, path, target, hint: didYouMean(name, known) ?? `defined environments: ${known.join(', ')}` }];
  const fromBranchFlow = BRANCH_KINDS.flatMap((kind) => {
    const environment = config.branchFlow[kind].environment;
    return environment === undefined ? [] : undefinedEnvironment(environment, `branchFlow.${kind}`, ['branchFlow', kind, 'environment'], 'value');
  });
  const fromModules = Object.entries(config.modules).flatMap(([module, settings]) =>
    Object.keys(settings.environments ?? {}).flatMap((environment) =>
      undefinedEnvironment(environment, `module "${module}"`, ['modules', module, 'environments', environment], 'key'),
    ),
  );
  return [...fromBranchFlow, ...fromModules];
}
