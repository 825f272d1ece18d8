// Cobertura XML as c8/istanbul, coverage.py, gocover-cobertura and JaCoCo-to-Cobertura converters
// write it. Counts come from the class-level <line> elements (method-level <lines> repeat them),
// keyed by file and line number so a file listed twice is counted once. Reports without <line>
// elements fall back to the root's lines-/branches-covered/-valid counts.
import type { CoverageResults, Ratio } from './types.js';
import type { XmlElement } from './xml.js';
import { childrenNamed, countAttribute } from './xml.js';
import { REPORT_CODES, ReportError } from './report-error.js';

interface LineHit {
  hits: number;
  branches?: Ratio;
}

/** `root` is the document's <coverage> element. */
export function coberturaCoverage(root: XmlElement, file: string): CoverageResults {
  const lines = collectLines(root, file);
  if (lines.size > 0) return { format: 'cobertura', ...summarize(lines) };
  return { format: 'cobertura', lines: rootRatio(root, 'lines', file), branches: rootRatio(root, 'branches', file) };
}

function collectLines(root: XmlElement, file: string): Map<string, LineHit> {
  const lines = new Map<string, LineHit>();
  for (const packages of childrenNamed(root, 'packages')) {
    for (const pkg of childrenNamed(packages, 'package')) {
      for (const classes of childrenNamed(pkg, 'classes')) {
        for (const cls of childrenNamed(classes, 'class')) addClassLines(cls, lines, file);
      }
    }
  }
  return lines;
}

function addClassLines(cls: XmlElement, lines: Map<string, LineHit>, file: string): void {
  const source = cls.attributes['filename'] ?? cls.attributes['name'] ?? '';
  for (const container of childrenNamed(cls, 'lines')) {
    for (const line of childrenNamed(container, 'line')) {
      const number = countAttribute(line, 'number');
      const hits = countAttribute(line, 'hits');
      if (number === undefined || hits === undefined) {
        throw new ReportError(REPORT_CODES.malformed, file, `<line> in ${source || 'a class'} lacks a numeric number or hits attribute`);
      }
      const key = `${source}\u0000${number}`;
      const branches = line.attributes['branch'] === 'true' ? conditionCoverage(line) : undefined;
      const seen = lines.get(key);
      lines.set(key, seen === undefined ? { hits, ...(branches ? { branches } : {}) } : mergeHit(seen, { hits, ...(branches ? { branches } : {}) }));
    }
  }
}

/** `condition-coverage="50% (1/2)"` -> 1 of 2 branches. */
function conditionCoverage(line: XmlElement): Ratio | undefined {
  const match = /\((\d+)\/(\d+)\)/.exec(line.attributes['condition-coverage'] ?? '');
  return match ? { covered: Number(match[1]), total: Number(match[2]) } : undefined;
}

function mergeHit(a: LineHit, b: LineHit): LineHit {
  const branches = !a.branches ? b.branches : !b.branches ? a.branches : a.branches.covered >= b.branches.covered ? a.branches : b.branches;
  return { hits: Math.max(a.hits, b.hits), ...(branches ? { branches } : {}) };
}

function summarize(lines: Map<string, LineHit>): { lines: Ratio; branches: Ratio } {
  const result = { lines: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 } };
  for (const hit of lines.values()) {
    result.lines.total += 1;
    if (hit.hits > 0) result.lines.covered += 1;
    if (hit.branches) {
      result.branches.total += hit.branches.total;
      result.branches.covered += Math.min(hit.branches.covered, hit.branches.total);
    }
  }
  return result;
}

function rootRatio(root: XmlElement, kind: 'lines' | 'branches', file: string): Ratio {
  const covered = countAttribute(root, `${kind}-covered`);
  const total = countAttribute(root, `${kind}-valid`);
  if (covered === undefined || total === undefined) {
    throw new ReportError(REPORT_CODES.empty, file, `the Cobertura report has no <line> elements and no ${kind}-covered/${kind}-valid counts`);
  }
  if (covered > total) throw new ReportError(REPORT_CODES.malformed, file, `${kind}-covered (${covered}) exceeds ${kind}-valid (${total})`);
  return { covered, total };
}
