// Number formatting shared by every output: the same value reads the same in text, markdown, JSON.
import { isMaximum, isPercentMetric } from './metrics.js';
import type { MetricName, Miss } from './types.js';

/**
 * Rounded DOWN to two decimals, so a value that misses a threshold never prints as meeting it
 * (79.996% prints 79.99%, not 80.00%).
 */
export function floor2(value: number): number {
  return Math.floor(value * 100 + 1e-9) / 100;
}

export function formatMetricValue(metric: MetricName, value: number | null): string {
  if (value === null) return 'not measured';
  return isPercentMetric(metric) ? `${floor2(value)}%` : String(value);
}

export function metricLabel(metric: MetricName): string {
  switch (metric) {
    case 'lineCoverage':
      return 'line coverage';
    case 'branchCoverage':
      return 'branch coverage';
    case 'failedTests':
      return 'failed tests';
    case 'integrationPassRate':
      return 'integration pass rate';
    default:
      return `${metric.slice('vulnerabilities.'.length)} vulnerabilities`;
  }
}

export function formatRequirement(metric: MetricName, required: number): string {
  const op = isMaximum(metric) ? '<=' : '>=';
  return `${op} ${isPercentMetric(metric) ? `${required}%` : required}`;
}

export function describeMiss(miss: Miss): string {
  return `${metricLabel(miss.threshold)}: measured ${formatMetricValue(miss.threshold, miss.measured)}, required ${formatRequirement(miss.threshold, miss.required)}`;
}

/** `line coverage 75% (required >= 80%)`: one miss, short, for a per-channel line. */
export function describeMissShort(miss: Miss): string {
  return `${metricLabel(miss.threshold)} ${formatMetricValue(miss.threshold, miss.measured)} (required ${formatRequirement(miss.threshold, miss.required)})`;
}
