import { expect } from 'chai';
import { applyScanPolicy } from '../../src/gate/scan-policy.js';
import type { Finding } from '../../src/gate/types.js';
import type { Severity } from '../../src/model/types.js';

function finding(id: string, severity: Severity, fixedVersion = '1.0.1'): Finding {
  return { id, pkgName: 'pkg', installedVersion: '1.0.0', fixedVersion, severity };
}

const findings = [finding('CVE-1', 'critical'), finding('CVE-2', 'high', ''), finding('CVE-3', 'high'), finding('CVE-4', 'low', '')];
const allowCve1 = { id: 'CVE-1', reason: 'not reachable', expires: '2027-03-31' };

describe('gate: scan policy', () => {
  it('counts findings by severity', () => {
    const result = applyScanPolicy(findings, { ignoreUnfixed: false, allow: [] }, '2026-11-26');
    expect(result.counts).to.deep.equal({ critical: 1, high: 2, medium: 0, low: 1, unknown: 0 });
    expect(result.ignoredUnfixed).to.equal(0);
  });

  it('ignores findings without a fixed version when ignoreUnfixed is set', () => {
    const result = applyScanPolicy(findings, { ignoreUnfixed: true, allow: [] }, '2026-11-26');
    expect(result.counts).to.deep.equal({ critical: 1, high: 1, medium: 0, low: 0, unknown: 0 });
    expect(result.ignoredUnfixed).to.equal(2);
  });

  it('does not count an allow-listed finding up to and including the day it expires', () => {
    const result = applyScanPolicy(findings, { ignoreUnfixed: true, allow: [allowCve1] }, '2027-03-31');
    expect(result.counts.critical).to.equal(0);
    expect(result.allowed).to.deep.equal([{ ...allowCve1, findings: 1 }]);
    expect(result.expired).to.deep.equal([]);
  });

  it('counts the finding again the day after expiry and reports the expired entry', () => {
    const result = applyScanPolicy(findings, { ignoreUnfixed: true, allow: [allowCve1] }, '2027-04-01');
    expect(result.counts.critical).to.equal(1);
    expect(result.allowed).to.deep.equal([]);
    expect(result.expired).to.deep.equal([{ ...allowCve1, findings: 1 }]);
  });

  it('lists only entries in force that matched a finding as used', () => {
    const unused = { id: 'CVE-9', reason: 'old', expires: '2030-01-01' };
    const result = applyScanPolicy(findings, { ignoreUnfixed: false, allow: [allowCve1, unused] }, '2026-11-26');
    expect(result.allowed.map((a) => a.id)).to.deep.equal(['CVE-1']);
  });

  it('treats an expiry that is not YYYY-MM-DD as expired, never as forever', () => {
    const malformed = { id: 'CVE-1', reason: 'typo', expires: '31-03-2027' };
    const result = applyScanPolicy(findings, { ignoreUnfixed: false, allow: [malformed] }, '2026-11-26');
    expect(result.counts.critical).to.equal(1);
    expect(result.expired.map((e) => e.id)).to.deep.equal(['CVE-1']);
  });
});
