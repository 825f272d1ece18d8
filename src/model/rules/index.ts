// Rules on the Model's merged settings (defaults, module, environment values, the module's
// environment overrides), reported where modules.yaml writes the value. They run with the config
// rules, on the same Model the commands then use (see parseProject in src/app/load-project.ts).
import type { Finding } from '../../config/finding.js';
import type { RawConfig } from '../../config/types.js';
import type { Model } from '../types.js';
import { moduleCharts } from './chart-context.js';
import { checkChartValues } from './chart-values.js';
import { checkIngressHosts } from './ingress-host.js';

export function checkModelRules(config: RawConfig, model: Model): Finding[] {
  const charts = moduleCharts(model);
  return [...checkIngressHosts(config, charts), ...checkChartValues(config, charts)];
}
