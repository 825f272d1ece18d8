// Bad input is reported as a ReportError naming the file, never as a crash (which the CLI would
// call an internal error): arbitrary text, and mutations of real reports.
import { expect } from 'chai';
import fc from 'fast-check';
import { parseCoverageReport } from '../../src/gate/coverage.js';
import { parseJUnitReport } from '../../src/gate/junit.js';
import { ReportError } from '../../src/gate/report-error.js';
import { parseTrivyReport } from '../../src/gate/trivy.js';
import { readReportFixture } from './fixtures.js';

const parsers = { junit: parseJUnitReport, coverage: parseCoverageReport, trivy: parseTrivyReport };

function onlyReportErrors(parse: (text: string, file: string) => unknown, text: string): boolean {
  try {
    parse(text, 'report');
    return true;
  } catch (error) {
    return error instanceof ReportError && error.file === 'report';
  }
}

/** A real report with a slice cut out or a snippet of markup spliced in. */
function mutated(source: string) {
  const snippet = fc.constantFrom('<', '>', '"', '&', '&#0;', '<![CDATA[', ']]>', '</testcase>', '<testcase name="x">', '{', '}', ',', ':', 'DA:', 'end_of_record', '\u0000', '');
  return fc.tuple(fc.nat(source.length), fc.nat(200), snippet).map(([at, cut, insert]) => source.slice(0, at) + insert + source.slice(at + cut));
}

describe('gate: parsers on hostile input', () => {
  for (const [name, parse] of Object.entries(parsers)) {
    it(`${name}: arbitrary text yields a result or a ReportError`, () => {
      fc.assert(fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 300 }), (text) => onlyReportErrors(parse, text)), { numRuns: 300 });
    });
  }

  const real = [
    { parser: parsers.junit, file: 'junit/surefire-TEST-com.acme.config.FlagServiceTest.xml' },
    { parser: parsers.junit, file: 'junit/pytest.xml' },
    { parser: parsers.coverage, file: 'coverage/coverage-py.xml' },
    { parser: parsers.coverage, file: 'coverage/summary-only.lcov' },
    { parser: parsers.trivy, file: 'trivy/image.json' },
  ];
  for (const { parser, file } of real) {
    it(`mutations of ${file} yield a result or a ReportError`, () => {
      fc.assert(fc.property(mutated(readReportFixture(file)), (text) => onlyReportErrors(parser, text)), { numRuns: 300 });
    });
  }

  it('never counts more covered than valid lines or branches, whatever the report says', () => {
    const sources = ['coverage/jacoco-cobertura.xml', 'coverage/summary-only.lcov'].map(readReportFixture);
    const digits = fc.tuple(fc.constantFrom(...sources), fc.nat(), fc.integer({ min: 0, max: 99 })).map(([text, at, n]) => {
      // Replace one number with another, the mutation most likely to make counts inconsistent.
      const numbers = [...text.matchAll(/\d+/g)];
      const match = numbers[at % numbers.length];
      return match?.index === undefined ? text : text.slice(0, match.index) + String(n) + text.slice(match.index + match[0].length);
    });
    fc.assert(
      fc.property(fc.oneof(digits, mutated(sources[0] ?? '')), (text) => {
        try {
          const result = parseCoverageReport(text, 'report');
          return result.lines.covered <= result.lines.total && result.branches.covered <= result.branches.total;
        } catch (error) {
          return error instanceof ReportError;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('gate: XML safety', () => {
  it('decodes predefined entities and character references once, and leaves unknown entities alone', () => {
    const result = parseJUnitReport('<testsuite><testcase classname="a&foo;b" name="&#x41;&#66;&lt;&amp;lt;"><failure/></testcase></testsuite>', 'r.xml');
    expect(result.failedTests).to.deep.equal(['a&foo;b.AB<&lt;']);
  });
});
