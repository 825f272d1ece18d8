// dependsOn must name other, existing modules.
import type { Finding } from '../finding.js';
import type { RawConfig } from '../types.js';
import { KnownNames, unknownNameHint } from '../../util/suggest.js';

export function checkDependencies(config: RawConfig): Finding[] {
  // Built once: thousands of modules with as many unknown names must not cost a scan each.
  const known = new KnownNames(Object.keys(config.modules));
  return Object.entries(config.modules).flatMap(([name, module]) =>
    (module.dependsOn ?? []).flatMap((dependency, index): Finding[] => {
      const path = ['modules', name, 'dependsOn', index];
      if (dependency === name) {
        return [{ code: 'GH302', message: `module "${name}" depends on itself`, path, target: 'value', hint: `remove "${name}" from its dependsOn` }];
      }
      if (known.has(dependency)) return [];
      const hint = unknownNameHint(dependency, known, 'defined modules', name);
      return [{ code: 'GH300', message: `module "${name}" depends on "${dependency}", which is not a module`, path, target: 'value', hint }];
    }),
  );
}
