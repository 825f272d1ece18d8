// The writer's results as terminal text: the one-line summary, the refusals, the check report. Pure.
import type { Refusal } from './plan-sync.js';
import type { CheckReport } from './check-report.js';
import type { OutputResult } from './writer.js';
import { plural, pluralWord } from '../util/plural.js';
import { printable, printableBlock } from '../util/printable.js';

/** Paths named in a summary line before "and N more". */
const NAMED = 5;

/** `outName` is the output directory as the user should read it, e.g. `generated`; `configName` the modules.yaml it came from. */
export function renderSummary(outName: string, result: OutputResult, configName?: string): string {
  const from = configName === undefined ? '' : ` (from ${printable(configName)})`;
  const lines = [`${printable(outName)}: ${result.written.length} written, ${result.unchanged.length} unchanged, ${result.removed.length} removed${from}\n`];
  if (result.conflicted.length > 0) {
    const what = plural(result.conflicted.length, 'file had', 'files had');
    lines.push(`  ${what} git merge conflict markers (a merge, not a hand edit) and ${pluralWord(result.conflicted.length, 'was', 'were')} regenerated: ${named(result.conflicted)}\n`);
  }
  if (result.leftovers.length > 0) lines.push(`  finished after an interrupted generate, and removed what it left: ${named(result.leftovers)}\n`);
  return lines.join('');
}

function named(paths: readonly string[]): string {
  const more = paths.length - NAMED;
  return paths.slice(0, NAMED).map(printable).join(', ') + (more > 0 ? ` and ${more} more` : '');
}

export function renderRefusals(outName: string, refusals: readonly Refusal[], wroteNothing: boolean): string {
  const head = `${printable(outName)}: ${plural(refusals.length, 'problem')}${wroteNothing ? ', nothing was written' : ''}:\n`;
  return head + refusals.map((r) => `  ${printable(r.path === '.' ? outName : `${outName}/${r.path}`)}: ${printable(r.reason)}\n`).join('');
}

export function renderCheckReport(outName: string, report: CheckReport, fixCommand: string, color = false, configName?: string): string {
  const from = configName === undefined ? '' : ` from ${printable(configName)}`;
  const lines = [`${printable(outName)} is not what \`gatehouse generate\` writes${from}: ${plural(report.files.length, 'file differs', 'files differ')}.\n`];
  for (const file of report.files) lines.push(`  ${file.status.padEnd(11)} ${printable(`${outName}/${file.path}`)}: ${printable(file.detail)}\n`);
  for (const file of report.files) {
    if (file.diff === '') continue;
    // The diff holds file contents (user text, or whatever was edited in by hand): escaped before painting.
    const diff = printableBlock(file.diff);
    lines.push('\n', color ? paintDiff(diff) : diff);
    if (file.cutLines > 0) lines.push(`[... ${file.cutLines} more diff ${pluralWord(file.cutLines, 'line')} of ${printable(file.path)} cut]\n`);
  }
  if (report.cutLines > 0) {
    const files = report.cutFiles > 0 ? `; ${plural(report.cutFiles, 'file')} not shown at all` : '';
    lines.push(`\n[${report.cutLines} diff ${pluralWord(report.cutLines, 'line')} cut in total${files}]\n`);
  }
  lines.push(`\nTo fix it, run: ${printable(fixCommand)}\n`);
  return lines.join('');
}

/** Colours one file's unified diff the way git does: removed red, added green, hunk headers cyan. */
function paintDiff(diff: string): string {
  const paint = (code: string, line: string) => `\u001b[${code}m${line}\u001b[0m`;
  const colours: Record<string, string> = { '-': '31', '+': '32', '@': '36' };
  // The first two lines are the ---/+++ file headers, which a removed `-- x` line would resemble.
  return diff
    .split('\n')
    .map((line, index) => {
      const colour = index < 2 ? undefined : colours[line.charAt(0)];
      return colour === undefined ? line : paint(colour, line);
    })
    .join('\n');
}
