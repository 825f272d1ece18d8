// The gate: the build's channel is the highest one whose every threshold is met. Every missed
// threshold of every channel is listed, so a reviewer sees at once what stands between this build
// and stable. Thresholds are inclusive: min means measured >= required, max measured <= required.
import type { Channel, ChannelThresholds, Quality } from '../model/types.js';
import { CHANNELS, SEVERITIES } from '../model/types.js';
import { isMaximum } from './metrics.js';
import type { GateChannel, GateResult, Measurements, MetricName, Miss, Ratio, TestResults } from './types.js';

export interface GateInput {
  module: string;
  quality: Quality;
  required: Channel;
  measurements: Measurements;
}

export function evaluateGate(input: GateInput): GateResult {
  const metrics = measureMetrics(input.measurements);
  const thresholds = Object.fromEntries(CHANNELS.map((c) => [c, thresholdsOf(input.quality.channels[c])])) as GateResult['thresholds'];
  const misses = CHANNELS.flatMap((channel) => missesFor(channel, thresholds[channel], metrics, input.measurements));
  const channel: GateChannel = CHANNELS.find((c) => !misses.some((miss) => miss.channel === c)) ?? 'rejected';
  return {
    module: input.module,
    channel,
    required: input.required,
    passed: channelRank(channel) >= channelRank(input.required),
    measurements: input.measurements,
    metrics,
    thresholds,
    misses,
  };
}

/** alpha < beta < stable; rejected is below every channel. */
function channelRank(channel: GateChannel): number {
  return channel === 'rejected' ? 0 : CHANNELS.length - CHANNELS.indexOf(channel);
}

/** A percentage of covered/total, or null when nothing was measured (0/0 is not 100%). */
export function percentage(ratio: Ratio): number | null {
  // Multiply first: 7 * 100 / 10 is exactly 70, 7 / 10 * 100 is not.
  return ratio.total === 0 ? null : (ratio.covered * 100) / ratio.total;
}

function passRate(tests: TestResults): number | null {
  return percentage({ covered: tests.passed, total: tests.total - tests.skipped });
}

function measureMetrics(m: Measurements): Record<MetricName, number | null> {
  const vulnerabilities = Object.fromEntries(SEVERITIES.map((s) => [`vulnerabilities.${s}`, m.scan.counts[s]]));
  return {
    lineCoverage: percentage(m.coverage.lines),
    branchCoverage: percentage(m.coverage.branches),
    failedTests: m.tests.failures + m.tests.errors,
    integrationPassRate: m.integration ? passRate(m.integration) : null,
    ...vulnerabilities,
  } as Record<MetricName, number | null>;
}

function thresholdsOf(t: ChannelThresholds): Partial<Record<MetricName, number>> {
  const limits: Partial<Record<MetricName, number>> = {
    lineCoverage: t.minLineCoverage,
    branchCoverage: t.minBranchCoverage,
    failedTests: t.maxFailedTests,
    integrationPassRate: t.minIntegrationPassRate,
  };
  for (const severity of SEVERITIES) {
    const limit = t.maxVulnerabilities[severity];
    if (limit !== undefined) limits[`vulnerabilities.${severity}`] = limit;
  }
  return limits;
}

function missesFor(channel: Channel, limits: Partial<Record<MetricName, number>>, metrics: Record<MetricName, number | null>, m: Measurements): Miss[] {
  const misses: Miss[] = [];
  for (const [threshold, required] of Object.entries(limits) as [MetricName, number | undefined][]) {
    // A threshold left out of modules.yaml sets no requirement.
    if (required === undefined || (threshold === 'integrationPassRate' && !m.integration)) continue;
    const measured = metrics[threshold];
    if (!meets(threshold, measured, required)) misses.push({ channel, threshold, required, measured });
  }
  return misses;
}

function meets(threshold: MetricName, measured: number | null, required: number): boolean {
  if (isMaximum(threshold)) return (measured ?? 0) <= required;
  // Nothing measured meets only a requirement of zero.
  return measured === null ? required <= 0 : measured >= required;
}
