// The one JSON shape of a diagnostic (src/cli/json-output.ts), checked key by key.
import { expect } from 'chai';

export const DIAGNOSTIC_KEYS = ['code', 'severity', 'file', 'line', 'column', 'path', 'message', 'hint'];

export function expectDiagnosticShape(value: unknown): void {
  const d = value as Record<string, unknown>;
  expect(Object.keys(d), JSON.stringify(d)).to.deep.equal(DIAGNOSTIC_KEYS);
  expect(d['code']).to.match(/^GH\d{3}$/);
  expect(d['severity']).to.be.oneOf(['error', 'warning']);
  expect(typeof d['message']).to.equal('string');
  for (const key of ['file', 'path', 'hint']) expect(d[key] === null || typeof d[key] === 'string', key).to.equal(true);
  // Positions are 1-based, or absent together for a problem about a whole file.
  expect(d['line'] === null).to.equal(d['column'] === null);
  if (d['line'] !== null) {
    expect(d['line']).to.be.a('number').and.at.least(1);
    expect(d['column']).to.be.a('number').and.at.least(1);
  }
}
