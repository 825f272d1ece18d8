// Picks the coverage format from the content, not the file name: XML is Cobertura, text is LCOV.
import { parseCobertura } from './cobertura.js';
import { parseLcov } from './lcov.js';
import { REPORT_CODES, ReportError } from './report-error.js';
import type { CoverageResults } from './types.js';

export function parseCoverageReport(text: string, file: string): CoverageResults {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body === '') throw new ReportError(REPORT_CODES.empty, file, 'the coverage report is empty');
  if (body.startsWith('<')) return parseCobertura(text, file);
  if (/^(TN|SF):/m.test(body)) return parseLcov(text, file);
  throw new ReportError(REPORT_CODES.wrongFormat, file, 'not a coverage report: expected Cobertura XML or an LCOV tracefile');
}
