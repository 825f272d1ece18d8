// A module's chart settings in one environment: its chart, then the environment's overrides (the
// environment's `values`, then the module's own `environments.<name>`), by the one merge rule.
// Each key of an environment's values is the chart setting of that name, or part of it.
import { mergeShared } from './merge.js';
import type { Chart, Module } from './types.js';

/**
 * For a reader that never modifies the chart (the chart rules, the chart emitter): it shares with
 * the module what the environment leaves as it is, instead of copying every module's chart per
 * environment.
 */
export function readChartInEnvironment(module: Module, environment: string): Chart {
  const values = module.environments[environment];
  return values === undefined ? module.chart : mergeShared(module.chart, values);
}
