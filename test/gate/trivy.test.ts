import { expect } from 'chai';
import { ReportError } from '../../src/gate/report-error.js';
import { parseTrivyReport } from '../../src/gate/trivy.js';
import { readReportFixture } from './fixtures.js';

describe('gate: Trivy JSON reports', () => {
  it('reads every finding of every result, once per vulnerability and package version', () => {
    const findings = parseTrivyReport(readReportFixture('trivy/image.json'), 'image.json');
    expect(findings.map((f) => `${f.id} ${f.pkgName} ${f.severity} ${f.fixedVersion || '-'}`)).to.deep.equal([
      'CVE-2023-45853 zlib1g critical -',
      'CVE-2024-2511 libssl3 medium 3.0.13-1~deb12u1',
      'CVE-2024-26461 libgssapi-krb5-2 high -',
      'CVE-2011-3374 apt low -',
      'CVE-2024-21538 cross-spawn high 7.0.5, 6.0.6',
      'CVE-2024-45337 golang.org/x/crypto critical 0.31.0',
      'GHSA-3xgq-45jj-v275 cross-spawn unknown 7.0.5',
    ]);
  });

  it('reads a report without findings as no findings', () => {
    expect(parseTrivyReport(readReportFixture('trivy/clean.json'), 'clean.json')).to.deep.equal([]);
    expect(parseTrivyReport('{"SchemaVersion": 2}', 'none.json')).to.deep.equal([]);
  });

  const bad = [
    { file: 'invalid/empty.xml', code: 'GH605' },
    { file: 'invalid/trivy-truncated.json', code: 'GH603' },
    { file: 'invalid/trivy-schema-v1.json', code: 'GH604' },
    { file: 'invalid/trivy-bad-severity.json', code: 'GH603' },
  ];
  for (const c of bad) {
    it(`${c.file}: ${c.code}`, () => {
      expect(() => parseTrivyReport(readReportFixture(c.file), c.file)).to.throw(ReportError, c.file).with.property('code', c.code);
    });
  }

  it('rejects other schema versions', () => {
    expect(() => parseTrivyReport('{"SchemaVersion": 3, "Results": []}', 's.json')).to.throw(ReportError, /SchemaVersion 3/);
  });
});
