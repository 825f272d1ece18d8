// JaCoCo XML (report.dtd, "-//JACOCO//DTD Report 1.1//EN") as the Gradle and Maven plugins write
// it. The report's own <counter> children (after every group/package) hold the totals of the
// whole report; JaCoCo writes only non-zero counters, so a report without a BRANCH counter has no
// branches (not measured), while one without a LINE counter measured nothing usable (classes
// compiled without line numbers) and is refused. The DOCTYPE names an external DTD: it is never
// read (see xml.ts).
import type { CoverageResults, Ratio } from './types.js';
import type { XmlElement } from './xml.js';
import { childrenNamed, countAttribute } from './xml.js';
import { REPORT_CODES, ReportError } from './report-error.js';

export function jacocoCoverage(report: XmlElement, file: string): CoverageResults {
  const counters = reportCounters(report, file);
  const lines = counters.get('LINE');
  if (lines === undefined) {
    throw new ReportError(REPORT_CODES.empty, file, 'the JaCoCo report has no LINE counter: no class with line numbers was analysed', 0, 0,
      'compile with debug information (javac -g, the Gradle and Maven default) and check that the tests ran');
  }
  return { format: 'jacoco', lines, branches: counters.get('BRANCH') ?? { covered: 0, total: 0 } };
}

function reportCounters(report: XmlElement, file: string): Map<string, Ratio> {
  const counters = new Map<string, Ratio>();
  for (const counter of childrenNamed(report, 'counter')) {
    const type = counter.attributes['type'] ?? '';
    const missed = countAttribute(counter, 'missed');
    const covered = countAttribute(counter, 'covered');
    if (missed === undefined || covered === undefined) {
      throw new ReportError(REPORT_CODES.malformed, file, `<counter type="${type}"> of <report> lacks a numeric missed or covered attribute`);
    }
    if (counters.has(type)) throw new ReportError(REPORT_CODES.malformed, file, `<report> has two ${type} counters`);
    counters.set(type, { covered, total: missed + covered });
  }
  return counters;
}
