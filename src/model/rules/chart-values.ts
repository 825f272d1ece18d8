// Chart values that pass the schema but that the API server, helm or the kubelet would reject or
// that would not do what they say, checked on the merged settings of every module in every
// environment and reported once where the value is written.
import type { Finding, PathSegment } from '../../config/finding.js';
import type { RawConfig } from '../../config/types.js';
import { compareQuantities } from '../quantity.js';
import type { ModuleChart } from './chart-context.js';
import { whereSet } from './chart-context.js';

type Check = (config: RawConfig, target: ModuleChart) => Finding[];

const CHECKS: readonly Check[] = [autoscalingRange, requestsWithinLimits, budgetProtects, unprivilegedPort, volumeMounts, servesWhatItProbes];

export function checkChartValues(config: RawConfig, charts: readonly ModuleChart[]): Finding[] {
  const seen = new Set<string>();
  return charts
    .flatMap((target) => CHECKS.flatMap((check) => check(config, target)))
    .filter((finding) => {
      const key = [finding.code, finding.message, ...finding.path].join('\u0000');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** `module "x"`, plus the environment when the value comes from that environment's overrides. */
function where(target: ModuleChart, path: readonly PathSegment[]): string {
  const fromEnvironment = path[0] === 'environments' || path[2] === 'environments';
  return fromEnvironment ? `module "${target.module}" in ${target.environment}` : `module "${target.module}"`;
}

function autoscalingRange(config: RawConfig, target: ModuleChart): Finding[] {
  const { enabled, minReplicas, maxReplicas } = target.chart.autoscaling;
  if (!enabled || minReplicas <= maxReplicas) return [];
  const path = whereSet(config, target.module, target.environment, ['autoscaling', 'minReplicas']);
  return [{
    code: 'GH332',
    message: `${where(target, path)} autoscales from minReplicas ${minReplicas} up to maxReplicas ${maxReplicas}; the API server rejects a HorizontalPodAutoscaler whose minimum exceeds its maximum`,
    path,
    target: 'value',
    hint: `make minReplicas at most ${maxReplicas}, or raise maxReplicas to at least ${minReplicas}`,
  }];
}

function requestsWithinLimits(config: RawConfig, target: ModuleChart): Finding[] {
  const { requests, limits } = target.chart.resources;
  return (['cpu', 'memory'] as const).flatMap((kind): Finding[] => {
    if ((compareQuantities(requests[kind], limits[kind]) ?? 0) <= 0) return [];
    const path = whereSet(config, target.module, target.environment, ['resources', 'requests', kind]);
    return [{
      code: 'GH333',
      message: `${where(target, path)} requests ${kind} ${requests[kind]}, more than its limit ${limits[kind]}; the API server rejects a container whose request exceeds its limit`,
      path,
      target: 'value',
      hint: `request at most ${limits[kind]}, or raise resources.limits.${kind}`,
    }];
  });
}

function budgetProtects(config: RawConfig, target: ModuleChart): Finding[] {
  if (target.chart.podDisruptionBudget.minAvailable !== 0) return [];
  return [{
    code: 'GH334',
    message: `module "${target.module}" has podDisruptionBudget.minAvailable 0, a budget that lets a node drain evict every pod at once`,
    path: whereSet(config, target.module, undefined, ['podDisruptionBudget', 'minAvailable']),
    target: 'value',
    hint: 'keep at least 1 pod available (minAvailable: 1, the default)',
  }];
}

function unprivilegedPort(config: RawConfig, target: ModuleChart): Finding[] {
  const { protocol, port } = target.chart;
  if (protocol === 'none' || port >= 1024) return [];
  return [{
    code: 'GH335',
    message: `module "${target.module}" listens on port ${port}, below 1024: it runs as a non-root user with every capability dropped (no NET_BIND_SERVICE), so it cannot bind the port on most runtimes`,
    path: whereSet(config, target.module, undefined, ['port']),
    target: 'value',
    hint: 'listen on a port of 1024 or above, e.g. 8080 (the Service and Ingress reach it by name)',
  }];
}

function volumeMounts(config: RawConfig, target: ModuleChart): Finding[] {
  const mounted = new Map<string, string>(target.chart.readOnlyRootFilesystem ? [['/tmp', 'tmp']] : []);
  return Object.entries(target.chart.volumes).flatMap(([name, volume]): Finding[] => {
    const path = volume.mountPath.replace(/\/+$/, '') || '/';
    const other = mounted.get(path);
    mounted.set(path, name);
    if (other === undefined) return [];
    const owner = other === 'tmp' ? 'the chart\'s writable /tmp (readOnlyRootFilesystem)' : `volume "${other}"`;
    const at = whereSet(config, target.module, target.environment, ['volumes', name, 'mountPath']);
    return [{
      code: 'GH336',
      message: `${where(target, at)}: volume "${name}" is mounted at ${path}, where ${owner} is already mounted`,
      path: at,
      target: 'value',
      hint: 'give every volume its own mountPath',
    }];
  });
}

function servesWhatItProbes(config: RawConfig, target: ModuleChart): Finding[] {
  const { protocol, probes, ingress } = target.chart;
  const findings: Finding[] = [];
  if ((protocol === 'none' || protocol === 'tcp') && ingress.enabled) {
    const path = whereSet(config, target.module, target.environment, ['ingress', 'enabled']);
    findings.push({
      code: 'GH337',
      message: `${where(target, path)} enables an Ingress but serves ${protocol === 'none' ? 'no port' : 'plain TCP'} (chart.protocol ${protocol})`,
      path,
      target: 'value',
      hint: 'turn the ingress off, or set chart.protocol to http or https',
    });
  }
  for (const kind of ['startup', 'liveness', 'readiness'] as const) {
    const probe = probes[kind];
    const lacks = probe.command === undefined && (protocol === 'none' || ((protocol === 'http' || protocol === 'https') && probe.path === undefined));
    if (!lacks) continue;
    findings.push({
      code: 'GH337',
      message: `module "${target.module}" has a ${kind} probe without ${protocol === 'none' ? 'a command: it serves no port (chart.protocol none)' : 'a path or a command'}`,
      path: probeWrittenAt(config, target.module, kind),
      target: 'value',
      hint: protocol === 'none' ? `give chart.probes.${kind} a command, e.g. command: [/app/healthcheck]` : `give chart.probes.${kind} a path, e.g. path: /healthz`,
    });
  }
  return findings;
}

/** Where the probe is written, or where the protocol is when the probe is gatehouse's default. */
function probeWrittenAt(config: RawConfig, module: string, kind: string): PathSegment[] {
  const probe = whereSet(config, module, undefined, ['probes', kind]);
  return probe.length > 2 ? probe : whereSet(config, module, undefined, ['protocol']);
}
