// LCOV tracefiles (geninfo format, as c8/istanbul, lcov and many others write them). Counts come
// from DA/BRDA records keyed by source file and line, so a file traced twice is counted once;
// a record without DA/BRDA lines falls back to its LF/LH and BRF/BRH summary.
import type { CoverageResults, Ratio } from './types.js';
import { REPORT_CODES, ReportError } from './report-error.js';

interface FileRecord {
  lines: Map<number, number>;
  branches: Map<string, number>;
  summary: { LF?: number; LH?: number; BRF?: number; BRH?: number };
}

export function parseLcov(text: string, file: string): CoverageResults {
  const records = new Map<string, FileRecord>();
  let current: FileRecord | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    const fail = (what: string) => new ReportError(REPORT_CODES.malformed, file, `not a valid LCOV record: ${what}`, index + 1, 1);
    if (line === '' || line === 'end_of_record') {
      if (line === 'end_of_record') current = undefined;
      return;
    }
    const colon = line.indexOf(':');
    const tag = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1);
    if (tag === 'SF') {
      current = records.get(value) ?? { lines: new Map(), branches: new Map(), summary: {} };
      records.set(value, current);
      return;
    }
    if (!['DA', 'BRDA', 'LF', 'LH', 'BRF', 'BRH'].includes(tag)) return;
    if (current === undefined) throw fail(`${tag} outside an SF ... end_of_record block`);
    if (!addRecord(current, tag, value)) throw fail(`"${line}"`);
  });
  if (records.size === 0) {
    throw new ReportError(REPORT_CODES.empty, file, 'the LCOV file has no SF (source file) records', 0, 0, 'an empty coverage report means nothing was measured');
  }
  return { format: 'lcov', ...summarize(records, file) };
}

function addRecord(record: FileRecord, tag: string, value: string): boolean {
  const fields = value.split(',');
  if (tag === 'DA') {
    const [lineNo, hits] = fields;
    if (!isCount(lineNo) || !/^-?\d+$/.test(hits ?? '')) return false;
    const n = Number(lineNo);
    record.lines.set(n, Math.max(record.lines.get(n) ?? 0, Number(hits)));
    return true;
  }
  if (tag === 'BRDA') {
    if (fields.length < 4) return false;
    const taken = fields[fields.length - 1] ?? '';
    if (taken !== '-' && !isCount(taken)) return false;
    const key = fields.slice(0, -1).join(',');
    record.branches.set(key, Math.max(record.branches.get(key) ?? 0, taken === '-' ? 0 : Number(taken)));
    return true;
  }
  if (!isCount(value)) return false;
  record.summary[tag as keyof FileRecord['summary']] = Number(value);
  return true;
}

function isCount(value: string | undefined): value is string {
  return value !== undefined && /^\d+$/.test(value);
}

function summarize(records: Map<string, FileRecord>, file: string): { lines: Ratio; branches: Ratio } {
  const lines = { covered: 0, total: 0 };
  const branches = { covered: 0, total: 0 };
  for (const { lines: lineHits, branches: branchHits, summary } of records.values()) {
    addCounts(lines, lineHits, summary, 'LH', 'LF', file);
    addCounts(branches, branchHits, summary, 'BRH', 'BRF', file);
  }
  return { lines, branches };
}

/** Adds one record's DA (or BRDA) counts to `ratio`, or its summary when it has none. */
function addCounts(ratio: Ratio, hits: ReadonlyMap<unknown, number>, summary: FileRecord['summary'], hitTag: 'LH' | 'BRH', foundTag: 'LF' | 'BRF', file: string): void {
  if (hits.size > 0) {
    ratio.total += hits.size;
    ratio.covered += [...hits.values()].filter((count) => count > 0).length;
    return;
  }
  const hit = summary[hitTag];
  const found = summary[foundTag];
  if ((hit ?? 0) > (found ?? 0)) throw new ReportError(REPORT_CODES.malformed, file, `${hitTag} (${hit}) exceeds ${foundTag} (${found ?? 0})`);
  ratio.total += found ?? 0;
  ratio.covered += hit ?? 0;
}
