// The view model both human formats render: one row per metric with the measured value and
// each channel's requirement and verdict. Computed once here so text and markdown agree.
import type { Channel } from '../model/types.js';
import { CHANNELS, SEVERITIES } from '../model/types.js';
import { floor2, formatRequirement, metricLabel } from './format.js';
import { plural } from '../util/plural.js';
import type { GateResult, MetricName, Ratio, TestResults } from './types.js';

export interface MetricRow {
  label: string;
  measured: string;
  /** Per channel: the requirement with a verdict, or '-' when the channel sets none. */
  cells: Record<Channel, string>;
}

export function buildMetricRows(result: GateResult, marks: { met: string; missed: string }): MetricRow[] {
  const { measurements: m, metrics } = result;
  const rows: MetricRow[] = [
    row(result, 'lineCoverage', withRatio(metrics.lineCoverage, m.coverage.lines, 'lines'), marks),
    row(result, 'branchCoverage', withRatio(metrics.branchCoverage, m.coverage.branches, 'branches'), marks),
    row(result, 'failedTests', `${metrics.failedTests ?? 0} (${plural(m.tests.failures, 'failure')}, ${plural(m.tests.errors, 'error')})`, marks),
    m.integration
      ? row(result, 'integrationPassRate', withRatio(metrics.integrationPassRate, { covered: m.integration.passed, total: m.integration.total - m.integration.skipped }, 'tests'), marks)
      : row(result, 'integrationPassRate', 'not measured (no integration reports)', { met: '', missed: '' }),
  ];
  for (const severity of SEVERITIES) {
    const metric = `vulnerabilities.${severity}` as const;
    const limited = CHANNELS.some((c) => result.thresholds[c][metric] !== undefined);
    if (limited || m.scan.counts[severity] > 0) rows.push(row(result, metric, String(m.scan.counts[severity]), marks));
  }
  return rows;
}

function row(result: GateResult, metric: MetricName, measured: string, marks: { met: string; missed: string }): MetricRow {
  const cells = Object.fromEntries(
    CHANNELS.map((channel) => {
      const required = result.thresholds[channel][metric];
      if (required === undefined) return [channel, '-'];
      const missed = result.misses.some((miss) => miss.channel === channel && miss.threshold === metric);
      const mark = missed ? marks.missed : marks.met;
      return [channel, `${formatRequirement(metric, required)}${mark ? ` ${mark}` : ''}`];
    }),
  ) as Record<Channel, string>;
  return { label: capitalize(metricLabel(metric)), measured, cells };
}

function withRatio(value: number | null, ratio: Ratio, unit: string): string {
  return value === null ? `not measured (0 ${unit})` : `${floor2(value)}% (${ratio.covered}/${ratio.total} ${unit})`;
}

export function describeTests(tests: TestResults): string {
  const flaky = tests.flaky > 0 ? `, ${tests.flaky} flaky (passed on rerun)` : '';
  return `${tests.passed} passed, ${tests.failures} failed, ${plural(tests.errors, 'error')}, ${tests.skipped} skipped${flaky} (${plural(tests.files, 'report')})`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
