// Turns check findings into a report a reviewer can act on: per file a status and a unified diff
// (from what is on disk to what generate writes), capped per file and in total so a wholesale
// change does not flood the CI log, with a count of what was cut. Pure.
import type * as Diff from 'diff';
import type { Finding, FileStatus } from './plan-sync.js';
import { loadOnFirstUse } from '../util/load-on-first-use.js';

/**
 * The diff package, loaded on the first diff: every generate and a check with nothing to report
 * never need it, and loading its 19 files is a few milliseconds of each run.
 */
const diffPackage = loadOnFirstUse<typeof Diff>('diff');

export interface DiffLimits {
  /** Diff lines shown for one file. */
  linesPerFile: number;
  /** Diff lines shown for all files together; later files get none once it is used up. */
  linesTotal: number;
}

const DEFAULT_DIFF_LIMITS: DiffLimits = { linesPerFile: 60, linesTotal: 400 };

export interface CheckedFile {
  path: string;
  status: FileStatus;
  detail: string;
  /** The shown part of the unified diff, '' when all of it was cut. */
  diff: string;
  /** Diff lines of this file that were not shown. */
  cutLines: number;
}

export interface CheckReport {
  files: CheckedFile[];
  /** Diff lines not shown, over all files. */
  cutLines: number;
  /** Files whose diff was not shown at all because the total budget was used up. */
  cutFiles: number;
}

export function buildCheckReport(findings: readonly Finding[], limits: DiffLimits = DEFAULT_DIFF_LIMITS): CheckReport {
  let budget = limits.linesTotal;
  const report: CheckReport = { files: [], cutLines: 0, cutFiles: 0 };
  for (const finding of findings) {
    const lines = unifiedDiffLines(finding);
    const shown = Math.max(0, Math.min(lines.length, limits.linesPerFile, budget));
    budget -= shown;
    const cutLines = lines.length - shown;
    report.cutLines += cutLines;
    if (shown === 0 && lines.length > 0) report.cutFiles += 1;
    const { path, status, detail } = finding;
    report.files.push({ path, status, detail, diff: lines.slice(0, shown).map((line) => line + '\n').join(''), cutLines });
  }
  return report;
}

function unifiedDiffLines(finding: Finding): string[] {
  if (finding.before === undefined && finding.after === undefined) return [];
  const from = finding.before === undefined ? '/dev/null' : `a/${finding.path}`;
  const to = finding.after === undefined ? '/dev/null' : `b/${finding.path}`;
  const diff = diffPackage();
  const patch = diff.createTwoFilesPatch(from, to, finding.before ?? '', finding.after ?? '', undefined, undefined, {
    context: 3,
    headerOptions: diff.FILE_HEADERS_ONLY,
  });
  return patch.split('\n').filter((line, index, all) => index < all.length - 1 || line !== '');
}
