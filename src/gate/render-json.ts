// The machine-readable verdict (contract: module, channel, required, passed, metrics, misses).
// Percentages are rounded down to two decimals, like every other output.
import { floor2 } from './format.js';
import { isPercentMetric } from './metrics.js';
import type { GateResult, MetricName } from './types.js';

export function buildGateJson(result: GateResult): unknown {
  const round = (metric: MetricName, value: number | null) => (value !== null && isPercentMetric(metric) ? floor2(value) : value);
  const m = result.measurements;
  return {
    module: result.module,
    channel: result.channel,
    required: result.required,
    passed: result.passed,
    metrics: {
      lineCoverage: round('lineCoverage', result.metrics.lineCoverage),
      branchCoverage: round('branchCoverage', result.metrics.branchCoverage),
      failedTests: result.metrics.failedTests,
      integrationPassRate: round('integrationPassRate', result.metrics.integrationPassRate),
      vulnerabilities: m.scan.counts,
      tests: withoutLists(m.tests),
      integration: m.integration ? withoutLists(m.integration) : null,
      coverage: m.coverage,
      scan: { ignoredUnfixed: m.scan.ignoredUnfixed, allowed: m.scan.allowed, expired: m.scan.expired },
    },
    misses: result.misses.map((miss) => ({ ...miss, measured: round(miss.threshold, miss.measured) })),
    thresholds: result.thresholds,
    failedTests: m.tests.failedTests,
    warnings: [...m.tests.warnings, ...(m.integration?.warnings ?? [])],
  };
}

function withoutLists(t: GateResult['measurements']['tests']) {
  return { files: t.files, total: t.total, passed: t.passed, failures: t.failures, errors: t.errors, skipped: t.skipped, flaky: t.flaky };
}
