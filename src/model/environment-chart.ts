// A module's chart settings in one environment: its chart, then the environment's overrides (the
// environment's `values`, then the module's own `environments.<name>`), by the one merge rule.
import { mergeShared, mergeValues } from './merge.js';
import type { Chart, EnvironmentValues, Module } from './types.js';

export function chartInEnvironment(module: Module, environment: string): Chart {
  const values = module.environments[environment];
  return values === undefined ? module.chart : mergeValues(module.chart, overridesOf(values));
}

/**
 * The same chart for a reader that never modifies it (the chart rules, the chart emitter): it shares with the module
 * what the environment leaves as it is, instead of copying every module's chart per environment.
 */
export function readChartInEnvironment(module: Module, environment: string): Chart {
  const values = module.environments[environment];
  return values === undefined ? module.chart : mergeShared(module.chart, overridesOf(values));
}

function overridesOf(values: EnvironmentValues): Partial<Chart> {
  const { replicas, ...rest } = values;
  const overrides: Partial<Chart> = { ...rest } as Partial<Chart>;
  if (replicas !== undefined) overrides.replicas = replicas;
  return overrides;
}
