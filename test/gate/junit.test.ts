import { expect } from 'chai';
import { mergeTestResults, parseJUnitReport } from '../../src/gate/junit.js';
import { ReportError } from '../../src/gate/report-error.js';
import type { TestResults } from '../../src/gate/types.js';
import { readReportFixture } from './fixtures.js';

type Counts = Pick<TestResults, 'total' | 'passed' | 'failures' | 'errors' | 'skipped' | 'flaky'>;

function counts(name: string): Counts & { failedTests: string[]; warnings: number } {
  const r = parseJUnitReport(readReportFixture(name), name);
  return { total: r.total, passed: r.passed, failures: r.failures, errors: r.errors, skipped: r.skipped, flaky: r.flaky, failedTests: r.failedTests, warnings: r.warnings.length };
}

describe('gate: JUnit reports written by real tools', () => {
  it("mocha's xunit reporter, a passing run of gatehouse's own tests (generated)", () => {
    const r = counts('mocha/own-tests.xml');
    expect(r).to.include({ failures: 0, errors: 0, skipped: 0, warnings: 0 });
    expect(r.total).to.equal(r.passed).and.to.be.greaterThan(10);
  });

  it("mocha's xunit reporter with a failure, a failing hook and a skipped test (generated)", () => {
    // mocha counts the failures as errors="2" and tests="3" (without the hook); the testcases decide.
    expect(counts('mocha/outcomes.xml')).to.deep.equal({
      total: 4, passed: 1, failures: 2, errors: 0, skipped: 1, flaky: 0, warnings: 1,
      failedTests: ['outcomes.fails an assertion', 'outcomes with a broken hook."before all" hook for "never runs"'],
    });
  });

  const cases: { file: string; want: Counts; failed: string[] }[] = [
    {
      file: 'junit/surefire-TEST-com.acme.config.FlagServiceTest.xml',
      want: { total: 6, passed: 3, failures: 1, errors: 1, skipped: 1, flaky: 1 },
      failed: ['com.acme.config.FlagServiceTest.rejectsUnknownEnvironment', 'com.acme.config.FlagServiceTest.loadsFromRemoteStore'],
    },
    { file: 'junit/failsafe-TEST-com.acme.config.FlagApiIT.xml', want: { total: 3, passed: 2, failures: 1, errors: 0, skipped: 0, flaky: 0 }, failed: ['com.acme.config.FlagApiIT.deleteFlagIsAudited'] },
    { file: 'junit/mocha-junit-reporter.xml', want: { total: 3, passed: 1, failures: 1, errors: 0, skipped: 1, flaky: 0 }, failed: ['pages results.search pages results'] },
    { file: 'junit/jest-junit.xml', want: { total: 5, passed: 3, failures: 1, errors: 0, skipped: 1, flaky: 0 }, failed: ['formatPrice rounds half to even.formatPrice rounds half to even'] },
    { file: 'junit/pytest.xml', want: { total: 7, passed: 3, failures: 1, errors: 1, skipped: 2, flaky: 0 }, failed: ['tests.test_search.test_ranking_prefers_title[prefix]', 'tests.test_assets.test_thumbnail_png'] },
    {
      file: 'junit/go-junit-report.xml',
      want: { total: 6, passed: 4, failures: 1, errors: 0, skipped: 1, flaky: 0 },
      failed: ['github.com/acme-online/auth-service/internal/session.TestSessionExpiry'],
    },
  ];
  for (const c of cases) {
    it(c.file, () => {
      const r = counts(c.file);
      expect({ total: r.total, passed: r.passed, failures: r.failures, errors: r.errors, skipped: r.skipped, flaky: r.flaky }).to.deep.equal(c.want);
      expect(r.failedTests).to.deep.equal(c.failed);
      expect(r.warnings).to.equal(0);
    });
  }

  it("mocha-junit-reporter's default output: the skipped test exists only in the root's totals (generated)", () => {
    // mocha ran 7 (5 passing, 1 failing, 1 pending); the file has 6 testcases and tests="7" skipped="1".
    const r = parseJUnitReport(readReportFixture('mocha-junit-reporter/default-skipped.xml'), 'default-skipped.xml');
    expect(r).to.include({ total: 7, passed: 5, failures: 1, errors: 0, skipped: 1 });
    expect(r.failedTests).to.deep.equal(['pages results.search pages results']);
    expect(r.warnings).to.deep.equal([
      'default-skipped.xml: suite "search" declares tests="4" but contains 3 testcases',
      'default-skipped.xml: the report declares tests="7" but has 6 testcases; counting 7 (1 skipped without a testcase)',
    ]);
  });

  it("mocha-junit-reporter's default output with a failing hook: root totals and testcases reconcile (generated)", () => {
    // tests="4" failures="2" skipped="1": a pass, a failure, the hook's failure and the skipped test.
    expect(counts('mocha-junit-reporter/default-hook.xml')).to.include({ total: 4, passed: 1, failures: 2, errors: 0, skipped: 1 });
  });

  it('counts declared tests beyond the skipped ones as not run, and keeps the testcases when they are more', () => {
    const notRun = '<testsuites tests="5" skipped="1"><testsuite name="s" tests="2"><testcase name="a"/><testcase name="b"><failure/></testcase></testsuite></testsuites>';
    const r = parseJUnitReport(notRun, 'r.xml');
    expect(r).to.include({ total: 5, passed: 1, failures: 1, skipped: 3 });
    expect(r.warnings).to.include('r.xml: the report declares tests="5" but has 2 testcases; counting 5 (1 skipped without a testcase, 2 not run)');
    const fewer = parseJUnitReport('<testsuites tests="1"><testsuite name="s"><testcase name="a"/><testcase name="b"/></testsuite></testsuites>', 'f.xml');
    expect(fewer).to.include({ total: 2, passed: 2, skipped: 0 });
    expect(fewer.warnings).to.deep.equal(['f.xml: the report declares tests="1" but 2 were counted from its testcases; counting 2']);
  });

  it('never turns declared totals without a single testcase into a result', () => {
    expect(() => parseJUnitReport('<testsuites tests="5" skipped="5"><testsuite name="s" tests="5"/></testsuites>', 'e.xml')).to.throw(ReportError, /no test cases/);
  });

  it('counts a suite that declares an error without any testcase (jest-junit, test file failed to load)', () => {
    const r = counts('junit/jest-junit-suite-error.xml');
    // Two warnings: the suite's errors without a testcase, and the root's tests="1" against 2 counted.
    expect(r).to.include({ total: 2, passed: 1, errors: 1, warnings: 2 });
    expect(r.failedTests).to.deep.equal(['src/pages/Checkout.test.tsx (suite, 1 declared without a testcase)']);
  });

  it('counts suite-level <error> elements (the suite itself broke) as errors', () => {
    const xml = '<testsuite name="S" tests="1"><error message="setup failed"/><testcase name="t" classname="C"/></testsuite>';
    expect(parseJUnitReport(xml, 'r.xml')).to.include({ total: 2, passed: 1, errors: 1 });
  });

  it('merges several files', () => {
    const merged = mergeTestResults(['junit/jest-junit.xml', 'junit/pytest.xml'].map((f) => parseJUnitReport(readReportFixture(f), f)));
    expect(merged).to.include({ files: 2, total: 12, passed: 6, failures: 2, errors: 1, skipped: 3 });
    expect(merged.failedTests).to.have.length(3);
  });
});

describe('gate: unusable JUnit reports', () => {
  const bad: { file: string; code: string; message: RegExp }[] = [
    { file: 'invalid/empty.xml', code: 'GH605', message: /empty/ },
    { file: 'invalid/junit-no-testcases.xml', code: 'GH605', message: /no test cases/ },
    { file: 'invalid/junit-truncated.xml', code: 'GH603', message: /not well-formed XML/ },
    { file: 'invalid/junit-billion-laughs.xml', code: 'GH606', message: /declares XML entities/ },
    { file: 'invalid/junit-xxe.xml', code: 'GH606', message: /declares XML entities/ },
    { file: 'coverage/coverage-py.xml', code: 'GH604', message: /root element is <coverage>/ },
  ];
  for (const c of bad) {
    it(`${c.file}: ${c.code}, naming the file`, () => {
      let error: unknown;
      try {
        parseJUnitReport(readReportFixture(c.file), c.file);
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(ReportError);
      const report = error as ReportError;
      expect(report.code).to.equal(c.code);
      expect(report.file).to.equal(c.file);
      expect(report.message).to.match(c.message);
    });
  }

  it('gives the line of a well-formedness error', () => {
    const error = (() => {
      try {
        parseJUnitReport(readReportFixture('invalid/junit-truncated.xml'), 't.xml');
      } catch (e) {
        return e as ReportError;
      }
      return undefined;
    })();
    expect(error?.line).to.equal(5);
  });
});
