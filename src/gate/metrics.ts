// What kind of limit each metric takes.
import type { MetricName } from './types.js';

/** Failed tests and vulnerability counts are capped; everything else is a minimum. */
export function isMaximum(metric: MetricName): boolean {
  return metric === 'failedTests' || metric.startsWith('vulnerabilities.');
}

export function isPercentMetric(metric: MetricName): boolean {
  return metric === 'lineCoverage' || metric === 'branchCoverage' || metric === 'integrationPassRate';
}
