// Trivy's JSON report, schema version 2 (`trivy image --format json`). Only the fields the gate
// needs are read; a finding that lacks an id, a package or a known severity is a malformed report,
// never silently dropped. The same vulnerability in the same package version reported for two
// targets (say, two copies of one jar) is one finding.
import type { Severity } from '../model/types.js';
import { SEVERITIES } from '../model/types.js';
import { REPORT_CODES, ReportError } from './report-error.js';
import type { Finding } from './types.js';

export function parseTrivyReport(text: string, file: string): Finding[] {
  if (text.trim() === '') throw new ReportError(REPORT_CODES.empty, file, 'the scan report is empty');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ReportError(REPORT_CODES.malformed, file, `not valid JSON: ${(error as Error).message}`);
  }
  if (!isObject(json) || !('SchemaVersion' in json)) {
    throw new ReportError(REPORT_CODES.wrongFormat, file, 'not a Trivy JSON report: no SchemaVersion', 0, 0, 'run trivy with --format json');
  }
  if (json['SchemaVersion'] !== 2) {
    throw new ReportError(REPORT_CODES.wrongFormat, file, `unsupported Trivy SchemaVersion ${JSON.stringify(json['SchemaVersion'])}, expected 2`);
  }
  const results = json['Results'] ?? [];
  if (!Array.isArray(results)) throw new ReportError(REPORT_CODES.malformed, file, 'Results is not an array');
  const findings = new Map<string, Finding>();
  results.forEach((result: unknown, r) => {
    const vulnerabilities = isObject(result) ? (result['Vulnerabilities'] ?? []) : undefined;
    if (!Array.isArray(vulnerabilities)) throw new ReportError(REPORT_CODES.malformed, file, `Results[${r}].Vulnerabilities is not an array`);
    vulnerabilities.forEach((raw: unknown, v) => {
      const finding = toFinding(raw, `Results[${r}].Vulnerabilities[${v}]`, file);
      findings.set(`${finding.id}\u0000${finding.pkgName}\u0000${finding.installedVersion}`, finding);
    });
  });
  return [...findings.values()];
}

function toFinding(raw: unknown, where: string, file: string): Finding {
  const fail = (what: string) => new ReportError(REPORT_CODES.malformed, file, `${where}: ${what}`);
  if (!isObject(raw)) throw fail('not an object');
  const id = raw['VulnerabilityID'];
  const pkgName = raw['PkgName'];
  const severity = typeof raw['Severity'] === 'string' ? raw['Severity'].toLowerCase() : undefined;
  if (typeof id !== 'string' || id === '') throw fail('VulnerabilityID is missing');
  if (typeof pkgName !== 'string') throw fail(`PkgName is missing for ${id}`);
  if (!(SEVERITIES as readonly string[]).includes(severity ?? '')) {
    throw fail(`${id} has Severity ${JSON.stringify(raw['Severity'])}, expected one of ${SEVERITIES.map((s) => s.toUpperCase()).join(', ')}`);
  }
  return {
    id,
    pkgName,
    installedVersion: typeof raw['InstalledVersion'] === 'string' ? raw['InstalledVersion'] : '',
    fixedVersion: typeof raw['FixedVersion'] === 'string' ? raw['FixedVersion'] : '',
    severity: severity as Severity,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
