// The chart settings each module ends up with in each environment (defaults, module, environment
// values, module's environment overrides), and where in modules.yaml a setting was written, so a
// rule about a merged value points at the line that set it.
import type { PathSegment } from '../../config/finding.js';
import type { RawConfig } from '../../config/types.js';
import { readChartInEnvironment } from '../environment-chart.js';
import type { Chart, Model } from '../types.js';

export interface ModuleChart {
  module: string;
  environment: string;
  clusterCredentialsId: string;
  chart: Chart;
}

/** Every module's chart in every environment, modules by name, environments in the order written. */
export function moduleCharts(model: Model): ModuleChart[] {
  return model.modules.flatMap((module) =>
    model.environments.map((env) => ({ module: module.name, environment: env.name, clusterCredentialsId: env.clusterCredentialsId, chart: readChartInEnvironment(module, env.name) })),
  );
}

/**
 * The most specific place `chartPath` (a path under `chart`) is written for this module and
 * environment: the module's environment override, the environment's values, the module's chart,
 * the defaults' chart; the module itself when it comes from gatehouse's built-in defaults.
 */
export function whereSet(config: RawConfig, module: string, environment: string | undefined, chartPath: readonly PathSegment[]): PathSegment[] {
  const candidates: PathSegment[][] = [];
  if (environment !== undefined && isEnvironmentKey(chartPath[0])) {
    candidates.push(['modules', module, 'environments', environment, ...chartPath], ['environments', environment, 'values', ...chartPath]);
  }
  candidates.push(['modules', module, 'chart', ...chartPath], ['defaults', 'chart', ...chartPath]);
  return candidates.find((path) => has(config, path)) ?? ['modules', module];
}

const ENVIRONMENT_KEYS = new Set(['replicas', 'resources', 'autoscaling', 'ingress', 'env', 'envFrom', 'volumes']);

function isEnvironmentKey(key: PathSegment | undefined): boolean {
  return typeof key === 'string' && ENVIRONMENT_KEYS.has(key);
}

function has(root: unknown, path: readonly PathSegment[]): boolean {
  let node = root;
  for (const segment of path) {
    if (typeof node !== 'object' || node === null || !(String(segment) in node)) return false;
    node = (node as Record<string, unknown>)[String(segment)];
  }
  return node !== undefined;
}
