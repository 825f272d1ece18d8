// An enabled ingress must say which host it serves (after merging defaults).
import type { Finding } from '../finding.js';
import type { RawConfig } from '../types.js';

export function checkIngressHosts(config: RawConfig): Finding[] {
  const fallback = config.defaults.chart?.ingress;
  return Object.entries(config.modules).flatMap(([name, module]): Finding[] => {
    const own = module.chart?.ingress;
    const enabled = own?.enabled ?? fallback?.enabled ?? false;
    const host = own?.host ?? fallback?.host;
    if (!enabled || host !== undefined) return [];
    const enabledHere = own?.enabled !== undefined;
    return [{
      code: 'GH315',
      message: `module "${name}" enables its ingress but names no host`,
      path: enabledHere ? ['modules', name, 'chart', 'ingress', 'enabled'] : ['modules', name],
      target: 'key',
      hint: 'add chart.ingress.host, e.g. "api.example.com"',
    }];
  });
}
