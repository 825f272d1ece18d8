// The message the pipeline posts to Slack and to the Jenkins build summary: a headline with the
// channel, one table of metrics against every channel's thresholds, then what was missed and which
// allowances were used or have expired. Test names come from reports, so they go in code spans;
// allow-list reasons come from modules.yaml: both are escaped (render/markdown.ts).
import { CHANNELS } from '../model/types.js';
import { describeMissShort } from './format.js';
import { markdownCodeSpan, markdownText } from '../render/markdown.js';
import { plural } from '../util/plural.js';
import { buildMetricRows, describeTests } from './summary-view.js';
import { padTable } from './table.js';
import type { GateResult } from './types.js';

const MAX_FAILED_TESTS_LISTED = 5;

export function renderGateMarkdown(result: GateResult): string {
  const verdict = result.passed ? 'passed' : 'NOT passed';
  const lines = [
    `**Quality gate: ${result.module} is ${result.channel.toUpperCase()}** (required: ${result.required}, ${verdict})`,
    '',
    `Unit tests: ${describeTests(result.measurements.tests)}`,
  ];
  if (result.measurements.integration) lines.push(`Integration tests: ${describeTests(result.measurements.integration)}`);
  lines.push('', ...renderTable(result), ...renderMisses(result), ...renderFailedTests(result), ...renderAllowances(result));
  return lines.join('\n') + '\n';
}

function renderTable(result: GateResult): string[] {
  const rows = buildMetricRows(result, { met: '✓', missed: '✗' });
  const header = ['Metric', 'Measured', ...CHANNELS];
  const padded = padTable([header, ...rows.map((r) => [r.label, r.measured, ...CHANNELS.map((c) => r.cells[c])])]);
  const [head, ...body] = padded.map((cells) => `| ${cells.join(' | ')} |`);
  const rule = `|${padded[0]?.map((cell) => '-'.repeat(cell.length + 2)).join('|')}|`;
  return [head ?? '', rule, ...body];
}

function renderMisses(result: GateResult): string[] {
  if (result.misses.length === 0) return [];
  const byChannel = CHANNELS.map((channel) => [channel, result.misses.filter((m) => m.channel === channel)] as const).filter(([, misses]) => misses.length > 0);
  return ['', '**Missed thresholds**', ...byChannel.map(([channel, misses]) => `- ${channel}: ${misses.map(describeMissShort).join('; ')}`)];
}

function renderFailedTests(result: GateResult): string[] {
  const failed = result.measurements.tests.failedTests;
  if (failed.length === 0) return [];
  const shown = failed.slice(0, MAX_FAILED_TESTS_LISTED).map((name) => `- ${markdownCodeSpan(name)}`);
  const more = failed.length > MAX_FAILED_TESTS_LISTED ? [`- ... and ${failed.length - MAX_FAILED_TESTS_LISTED} more`] : [];
  return ['', '**Failed tests**', ...shown, ...more];
}

function renderAllowances(result: GateResult): string[] {
  const { allowed, expired, ignoredUnfixed } = result.measurements.scan;
  const lines: string[] = [];
  if (allowed.length > 0) {
    lines.push('', '**Allow-listed vulnerabilities** (not counted)');
    for (const a of allowed) lines.push(`- ${a.id}: ${plural(a.findings, 'finding')}, allowed until ${a.expires}: ${markdownText(a.reason)}`);
  }
  if (expired.length > 0) {
    lines.push('', '**Expired allowances** (no longer applied; renew or fix)');
    for (const e of expired) lines.push(`- ${e.id}: expired ${e.expires}, ${plural(e.findings, 'finding')} now counted: ${markdownText(e.reason)}`);
  }
  if (ignoredUnfixed > 0) lines.push('', `${plural(ignoredUnfixed, 'vulnerability', 'vulnerabilities')} without a fixed version ignored (ignoreUnfixed).`);
  return lines;
}
