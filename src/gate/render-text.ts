// Plain text for a terminal or a build log.
import { CHANNELS } from '../model/types.js';
import { describeMiss } from './format.js';
import { plural } from '../util/plural.js';
import { buildMetricRows, describeTests } from './summary-view.js';
import { padTable } from './table.js';
import type { GateResult } from './types.js';

export function renderGateText(result: GateResult): string {
  const lines = [
    `${result.module}: ${result.channel} (required ${result.required}: ${result.passed ? 'passed' : 'not passed'})`,
    `unit tests: ${describeTests(result.measurements.tests)}`,
  ];
  if (result.measurements.integration) lines.push(`integration tests: ${describeTests(result.measurements.integration)}`);
  const rows = buildMetricRows(result, { met: 'ok', missed: 'MISSED' });
  const table = padTable([['metric', 'measured', ...CHANNELS], ...rows.map((r) => [r.label.toLowerCase(), r.measured, ...CHANNELS.map((c) => r.cells[c])])]);
  lines.push('', ...table.map((cells) => `  ${cells.join('  ')}`.trimEnd()));
  if (result.misses.length > 0) lines.push('', 'missed thresholds:', ...result.misses.map((m) => `  ${m.channel}: ${describeMiss(m)}`));
  const { allowed, expired, ignoredUnfixed } = result.measurements.scan;
  for (const a of allowed) lines.push(`allowed: ${a.id} (${plural(a.findings, 'finding')}, until ${a.expires}): ${a.reason}`);
  for (const e of expired) lines.push(`expired allowance: ${e.id} (expired ${e.expires}, ${plural(e.findings, 'finding')} now counted): ${e.reason}`);
  if (ignoredUnfixed > 0) lines.push(`ignored ${plural(ignoredUnfixed, 'vulnerability', 'vulnerabilities')} without a fixed version`);
  for (const w of [...result.measurements.tests.warnings, ...(result.measurements.integration?.warnings ?? [])]) lines.push(`warning: ${w}`);
  return lines.join('\n') + '\n';
}
