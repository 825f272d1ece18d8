// dependsOn must name other, existing modules.
import type { Finding } from '../finding.js';
import type { RawConfig } from '../types.js';
import { didYouMean } from '../../util/suggest.js';

export function checkDependencies(config: RawConfig): Finding[] {
  const names = Object.keys(config.modules);
  return Object.entries(config.modules).flatMap(([name, module]) =>
    (module.dependsOn ?? []).flatMap((dependency, index): Finding[] => {
      const path = ['modules', name, 'dependsOn', index];
      if (dependency === name) {
        return [{ code: 'GH302', message: `module "${name}" depends on itself`, path, target: 'value', hint: `remove "${name}" from its dependsOn` }];
      }
      if (names.includes(dependency)) return [];
      const others = names.filter((other) => other !== name);
      const hint = didYouMean(dependency, others) ?? `defined modules: ${others.join(', ')}`;
      return [{ code: 'GH300', message: `module "${name}" depends on "${dependency}", which is not a module`, path, target: 'value', hint }];
    }),
  );
}
