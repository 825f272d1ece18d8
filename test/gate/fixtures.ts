// Reads report fixtures (test/fixtures/reports, see scripts/make-report-fixtures.sh).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REPORTS_DIR = fileURLToPath(new URL('../../../test/fixtures/reports/', import.meta.url));

export function readReportFixture(name: string): string {
  return readFileSync(REPORTS_DIR + name, 'utf8');
}
