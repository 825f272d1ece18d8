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

/** Totals recomputed from the <sourcefile><line> elements: an oracle independent of the counters. */
function jacocoLineTotals(xml: string): { lines: { covered: number; total: number }; branches: { covered: number; total: number } } {
  const result = { lines: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 } };
  for (const [, ci, mb, cb] of xml.matchAll(/<line nr="\d+" mi="\d+" ci="(\d+)" mb="(\d+)" cb="(\d+)"\/>/g)) {
    result.lines.total += 1;
    if (Number(ci) > 0) result.lines.covered += 1;
    result.branches.total += Number(mb) + Number(cb);
    result.branches.covered += Number(cb);
  }
  return result;
}

describe('gate: JaCoCo XML', () => {
  const jacoco = (counters: string, doctype = '<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">') =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${doctype}<report name="m">${counters}</report>`;

  it("reads the report's LINE and BRANCH counters of JaCoCo's own XMLFormatter output (generated)", () => {
    const xml = readReportFixture('jacoco/jacocoTestReport.xml');
    expect(xml).to.contain('<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">');
    const result = parseCoverageReport(xml, 'jacocoTestReport.xml');
    expect(result).to.deep.equal({ format: 'jacoco', lines: { covered: 16, total: 18 }, branches: { covered: 5, total: 10 } });
    expect({ lines: result.lines, branches: result.branches }).to.deep.equal(jacocoLineTotals(xml));
  });

  it('takes the totals of a multi-module report from <report>, not from its groups', () => {
    const group = (name: string, missed: number, covered: number) =>
      `<group name="${name}"><package name="p"/><counter type="LINE" missed="${missed}" covered="${covered}"/></group>`;
    const xml = jacoco(`${group('a', 1, 3)}${group('b', 2, 4)}<counter type="INSTRUCTION" missed="9" covered="9"/><counter type="LINE" missed="3" covered="7"/>`);
    expect(parseCoverageReport(xml, 'j.xml')).to.deep.include({ lines: { covered: 7, total: 10 }, branches: { covered: 0, total: 0 } });
  });

  it('treats a report without a BRANCH counter (JaCoCo writes only non-zero ones) as no branches measured', () => {
    expect(parseCoverageReport(jacoco('<counter type="LINE" missed="3" covered="9"/>'), 'j.xml').branches).to.deep.equal({ covered: 0, total: 0 });
  });

  const unusable = [
    { name: 'no LINE counter', xml: jacoco('<counter type="INSTRUCTION" missed="1" covered="2"/>'), code: 'GH605', message: /no LINE counter/ },
    { name: 'a counter without numbers', xml: jacoco('<counter type="LINE" missed="x" covered="1"/>'), code: 'GH603', message: /lacks a numeric missed or covered/ },
    { name: 'two LINE counters', xml: jacoco('<counter type="LINE" missed="0" covered="1"/><counter type="LINE" missed="1" covered="0"/>'), code: 'GH603', message: /two LINE counters/ },
    {
      name: 'an external entity in an internal subset',
      xml: jacoco('<counter type="LINE" missed="0" covered="1"/>', '<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "http://127.0.0.1:9/report.dtd" [<!ENTITY x SYSTEM "file:///etc/passwd">]>'),
      code: 'GH606',
      message: /declares XML entities/,
    },
    {
      name: 'an internal subset that would change attribute values',
      xml: jacoco('<counter type="LINE" covered="1"/>', '<!DOCTYPE report [<!ATTLIST counter missed CDATA "0">]>'),
      code: 'GH606',
      message: /DTD internal subset/,
    },
  ];
  for (const c of unusable) {
    it(`refuses ${c.name} (${c.code})`, () => {
      expect(() => parseCoverageReport(c.xml, 'j.xml')).to.throw(ReportError, c.message).with.property('code', c.code);
    });
  }
});

describe('gate: unusable coverage reports', () => {
  const bad = [
    { file: 'invalid/empty.xml', code: 'GH605' },
    { file: 'invalid/cobertura-empty.xml', code: 'GH605' },
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
