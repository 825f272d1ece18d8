import { expect } from 'chai';
import { parseCoverageReport } from '../../src/gate/coverage.js';
import { ReportError } from '../../src/gate/report-error.js';
import { readReportFixture } from './fixtures.js';

function parse(name: string) {
  return parseCoverageReport(readReportFixture(name), name);
}

function attribute(xml: string, name: string): number {
  const match = new RegExp(`<coverage[^>]* ${name}="(\\d+)"`).exec(xml);
  if (!match) throw new Error(`no ${name} on <coverage>`);
  return Number(match[1]);
}

describe('gate: coverage reports written by real tools', () => {
  it('c8 Cobertura: counts from <line> elements equal the totals c8 wrote on <coverage> (generated)', () => {
    const xml = readReportFixture('c8/cobertura-coverage.xml');
    const result = parseCoverageReport(xml, 'c8.xml');
    expect(result.format).to.equal('cobertura');
    expect(result.lines).to.deep.equal({ covered: attribute(xml, 'lines-covered'), total: attribute(xml, 'lines-valid') });
    expect(result.branches).to.deep.equal({ covered: attribute(xml, 'branches-covered'), total: attribute(xml, 'branches-valid') });
    expect(result.lines.total).to.be.greaterThan(100);
  });

  it('c8 LCOV of the same run gives the same numbers as its Cobertura (generated)', () => {
    const lcov = parse('c8/lcov.info');
    const cobertura = parse('c8/cobertura-coverage.xml');
    expect(lcov.format).to.equal('lcov');
    expect({ lines: lcov.lines, branches: lcov.branches }).to.deep.equal({ lines: cobertura.lines, branches: cobertura.branches });
  });

  const cases = [
    { file: 'coverage/coverage-py.xml', lines: { covered: 9, total: 12 }, branches: { covered: 3, total: 6 } },
    // Method-level <lines> repeat the class lines: counted once.
    { file: 'coverage/gocover-cobertura.xml', lines: { covered: 4, total: 5 }, branches: { covered: 0, total: 0 } },
    // cover2cover writes no count attributes; an inner class shares its outer class's file.
    { file: 'coverage/jacoco-cobertura.xml', lines: { covered: 7, total: 9 }, branches: { covered: 3, total: 6 } },
    { file: 'coverage/summary-only.lcov', lines: { covered: 40, total: 50 }, branches: { covered: 5, total: 10 } },
  ];
  for (const c of cases) {
    it(c.file, () => {
      const result = parse(c.file);
      expect({ lines: result.lines, branches: result.branches }).to.deep.equal({ lines: c.lines, branches: c.branches });
    });
  }

  it('counts a line traced twice (two LCOV records of one file) once, with the higher hit count', () => {
    const lcov = 'SF:a.js\nDA:1,0\nDA:2,1\nBRDA:1,0,0,-\nend_of_record\nSF:a.js\nDA:1,3\nBRDA:1,0,0,2\nend_of_record\n';
    expect(parseCoverageReport(lcov, 'a.info')).to.deep.include({ lines: { covered: 2, total: 2 }, branches: { covered: 1, total: 1 } });
  });

  it('falls back to the root counts of a Cobertura report without <line> elements', () => {
    const xml = '<coverage lines-valid="10" lines-covered="8" branches-valid="0" branches-covered="0"><packages/></coverage>';
    expect(parseCoverageReport(xml, 'c.xml')).to.deep.include({ lines: { covered: 8, total: 10 }, branches: { covered: 0, total: 0 } });
  });
});

describe('gate: unusable coverage reports', () => {
  const bad = [
    { file: 'invalid/empty.xml', code: 'GH605' },
    { file: 'invalid/cobertura-empty.xml', code: 'GH605' },
    { file: 'invalid/jacoco-native.xml', code: 'GH604' },
    { file: 'invalid/lcov-bad-da.lcov', code: 'GH603' },
    { file: 'invalid/not-coverage.txt', code: 'GH604' },
    { file: 'junit/pytest.xml', code: 'GH604' },
  ];
  for (const c of bad) {
    it(`${c.file}: ${c.code}`, () => {
      expect(() => parse(c.file)).to.throw(ReportError, c.file).with.property('code', c.code);
    });
  }

  it('names the line of a bad LCOV record', () => {
    expect(() => parse('invalid/lcov-bad-da.lcov')).to.throw(ReportError).with.property('line', 4);
  });
});
