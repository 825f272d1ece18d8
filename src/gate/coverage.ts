// Picks the coverage format from the content, not the file name: XML is Cobertura (root
// <coverage>) or JaCoCo (root <report>), text is LCOV.
import { coberturaCoverage } from './cobertura.js';
import { jacocoCoverage } from './jacoco.js';
import { parseLcov } from './lcov.js';
import { REPORT_CODES, ReportError } from './report-error.js';
import type { CoverageResults } from './types.js';
import { parseXmlDocument } from './xml.js';

export function parseCoverageReport(text: string, file: string): CoverageResults {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body === '') throw new ReportError(REPORT_CODES.empty, file, 'the coverage report is empty');
  if (body.startsWith('<')) return parseXmlCoverage(text, file);
  if (/^(TN|SF):/m.test(body)) return parseLcov(text, file);
  throw new ReportError(REPORT_CODES.wrongFormat, file, 'not a coverage report: expected Cobertura or JaCoCo XML, or an LCOV tracefile');
}

function parseXmlCoverage(text: string, file: string): CoverageResults {
  const root = parseXmlDocument(text, file);
  if (root.name === 'coverage') return coberturaCoverage(root, file);
  if (root.name === 'report') return jacocoCoverage(root, file);
  throw new ReportError(REPORT_CODES.wrongFormat, file, `not a coverage report: the root element is <${root.name}>, expected <coverage> (Cobertura) or <report> (JaCoCo)`);
}
