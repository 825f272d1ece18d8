// The report every GitHub command prints: one block per module (or the library) with what was
// (or, in a dry run, would be) done, or why it was refused; then one summary line. A run with
// nothing to do says so in its summary.
import type { TargetResult, TargetStatus } from './apply.js';
import type { Problem } from './codes.js';
import { describeOperation, operationJson } from './operations.js';

export interface RunReport {
  command: string;
  dryRun: boolean;
  results: TargetResult[];
}

const STATUS_TEXT: Record<TargetStatus, string> = {
  'up-to-date': 'nothing to do',
  planned: 'would do (dry run)',
  done: 'done',
  refused: 'refused',
  failed: 'failed',
};

export function renderReportText(report: RunReport): string {
  const lines: string[] = [];
  for (const result of report.results) {
    lines.push(`${result.target}: ${STATUS_TEXT[result.status]}`);
    // A refused target runs nothing: its operations and details would only distract from why.
    const shown = result.status === 'failed' ? result.operations.slice(0, result.applied + 1) : result.status === 'refused' ? [] : result.operations;
    for (const [index, op] of shown.entries()) {
      const mark = result.status === 'failed' && index === result.applied ? 'x' : result.status === 'done' || index < result.applied ? '+' : '-';
      lines.push(`  ${mark} ${describeOperation(op)}`);
    }
    for (const p of result.problems) {
      lines.push(`  ${p.severity} ${p.code}: ${p.message}`);
      if (p.hint !== undefined) lines.push(`    hint: ${p.hint}`);
    }
    if (result.status !== 'refused') lines.push(...result.details.map((d) => `  ${d}`));
  }
  lines.push(summaryLine(report));
  return lines.join('\n') + '\n';
}

function summaryLine(report: RunReport): string {
  const count = (status: TargetStatus) => report.results.filter((r) => r.status === status).length;
  const parts = [
    [count('done'), 'done'],
    [count('planned'), 'would change'],
    [count('up-to-date'), 'up to date'],
    [count('refused'), 'refused'],
    [count('failed'), 'failed'],
  ].filter(([n]) => n !== 0).map(([n, what]) => `${n} ${what}`);
  const idle = report.results.every((r) => r.status === 'up-to-date');
  const prefix = `${report.command}${report.dryRun ? ' (dry run, nothing changed)' : ''}`;
  return idle ? `${prefix}: nothing to do (${parts.join(', ') || 'no targets'})` : `${prefix}: ${parts.join(', ')}`;
}

/** The report as the `--format json` document; problems in the CLI's one diagnostic shape. */
export function reportJson(report: RunReport, diagnostic: (problem: Problem) => unknown): Record<string, unknown> {
  return {
    ok: reportExitCode(report) === 0,
    command: report.command,
    dryRun: report.dryRun,
    nothingToDo: report.results.every((r) => r.status === 'up-to-date'),
    results: report.results.map((r) => ({
      target: r.target,
      status: r.status,
      applied: r.applied,
      operations: r.operations.map(operationJson),
      diagnostics: r.problems.map(diagnostic),
      details: r.details,
    })),
  };
}

/** 0 when nothing was refused or failed; 1 otherwise. */
export function reportExitCode(report: RunReport): number {
  return report.results.some((r) => r.status === 'refused' || r.status === 'failed') ? 1 : 0;
}
