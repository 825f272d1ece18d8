// Ingress hosts after merging defaults and environment overrides: an enabled ingress names a host
// in every environment (GH315), and no two releases on one cluster claim the same host and path,
// of one module or of two (GH331): ingress-nginx's admission webhook would reject the second.
import type { Finding } from '../../config/finding.js';
import type { RawConfig } from '../../config/types.js';
import type { ModuleChart } from './chart-context.js';
import { whereSet } from './chart-context.js';

export function checkIngressHosts(config: RawConfig, charts: readonly ModuleChart[]): Finding[] {
  const served = charts.filter(({ chart }) => chart.ingress.enabled && (chart.protocol === 'http' || chart.protocol === 'https'));
  return [...missingHosts(config, served), ...claimedTwice(config, served)];
}

function missingHosts(config: RawConfig, served: ModuleChart[]): Finding[] {
  const reported = new Set<string>();
  return served.flatMap((target): Finding[] => {
    if (target.chart.ingress.host !== undefined || reported.has(target.module)) return [];
    reported.add(target.module);
    const enabledAt = whereSet(config, target.module, target.environment, ['ingress', 'enabled']);
    return [{
      code: 'GH315',
      message: `module "${target.module}" enables its ingress but names no host in ${target.environment}`,
      path: enabledAt[0] === 'modules' && enabledAt.length > 2 ? enabledAt : ['modules', target.module],
      target: 'key',
      hint: 'add chart.ingress.host, e.g. "api.example.com", or the environment\'s ingress.host',
    }];
  });
}

function claimedTwice(config: RawConfig, served: ModuleChart[]): Finding[] {
  const claims = new Map<string, ModuleChart>();
  const reported = new Set<string>();
  return served.flatMap((target): Finding[] => {
    const { host, path } = target.chart.ingress;
    if (host === undefined) return [];
    const key = `${target.clusterCredentialsId}\u0000${host}\u0000${path}`;
    const first = claims.get(key);
    if (first === undefined) {
      claims.set(key, target);
      return [];
    }
    const at = whereSet(config, target.module, target.environment, ['ingress', 'host']);
    if (reported.has(at.join('\u0000'))) return [];
    reported.add(at.join('\u0000'));
    const firstName = first.module === target.module ? first.environment : `module "${first.module}" in ${first.environment}`;
    return [{
      code: 'GH331',
      message: `module "${target.module}" in ${target.environment} claims ingress host ${host} path ${path}, which ${firstName} already claims on the same cluster (${target.clusterCredentialsId})`,
      path: at,
      target: 'value',
      hint: `give ${target.environment} its own host, e.g. modules.${target.module}.environments.${target.environment}.ingress.host: "${hostFor(host, target.environment)}"`,
    }];
  });
}

/** `api.example.com` in staging -> `api.staging.example.com`. */
function hostFor(host: string, environment: string): string {
  const dot = host.indexOf('.');
  return dot < 0 ? `${host}-${environment}` : `${host.slice(0, dot)}.${environment}${host.slice(dot)}`;
}
