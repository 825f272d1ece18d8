// A module's chart settings in one environment: its chart, then the environment's overrides (the
// environment's `values`, then the module's own `environments.<name>`), by the one merge rule.
import { mergeValues } from './merge.js';
import type { Chart, EnvironmentValues, Module } from './types.js';

export function chartInEnvironment(module: Module, environment: string): Chart {
  return applyEnvironmentValues(module.chart, module.environments[environment]);
}

export function applyEnvironmentValues(chart: Chart, values: EnvironmentValues | undefined): Chart {
  if (values === undefined) return chart;
  const { replicas, ...rest } = values;
  const overrides: Partial<Chart> = { ...rest } as Partial<Chart>;
  if (replicas !== undefined) overrides.replicas = replicas;
  return mergeValues(chart, overrides);
}
