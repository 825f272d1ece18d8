// JUnit XML as Surefire/Failsafe, mocha-junit-reporter, jest-junit, pytest and go-junit-report
// write it. Outcomes are counted from the <testcase> elements, because suite attributes are
// optional and sometimes wrong; where a suite's attributes declare more failures plus errors than
// its testcases show (a suite that crashed before its tests ran), the difference counts as errors.
// Where the root declares more tests than were counted (mocha-junit-reporter writes no testcase
// for a skipped test, only `skipped` and `tests` on <testsuites>), the larger number wins and the
// difference counts as skipped: those tests did not run.
import type { TestResults } from './types.js';
import type { XmlElement } from './xml.js';
import { childrenNamed, countAttribute, parseXmlDocument } from './xml.js';
import { REPORT_CODES, ReportError } from './report-error.js';

type Outcome = 'passed' | 'flaky' | 'failure' | 'error' | 'skipped';

export function emptyTestResults(): TestResults {
  return { files: 0, total: 0, passed: 0, failures: 0, errors: 0, skipped: 0, flaky: 0, failedTests: [], warnings: [] };
}

export function parseJUnitReport(text: string, file: string): TestResults {
  const root = parseXmlDocument(text, file);
  if (root.name !== 'testsuites' && root.name !== 'testsuite') {
    throw new ReportError(REPORT_CODES.wrongFormat, file, `not a JUnit report: the root element is <${root.name}>, expected <testsuites> or <testsuite>`);
  }
  const results = { ...emptyTestResults(), files: 1 };
  collectSuite(root, results, file, true);
  // Checked before the root's totals are added: declared tests without one testcase prove nothing.
  if (results.total === 0) {
    throw new ReportError(REPORT_CODES.empty, file, 'the JUnit report contains no test cases', 0, 0, 'did the test command run? an empty report never counts as passing');
  }
  reconcileRootTotals(root, results, file);
  return results;
}

export function mergeTestResults(all: readonly TestResults[]): TestResults {
  const merged = emptyTestResults();
  for (const r of all) {
    merged.files += r.files;
    merged.total += r.total;
    merged.passed += r.passed;
    merged.failures += r.failures;
    merged.errors += r.errors;
    merged.skipped += r.skipped;
    merged.flaky += r.flaky;
    merged.failedTests.push(...r.failedTests);
    merged.warnings.push(...r.warnings);
  }
  return merged;
}

function collectSuite(suite: XmlElement, results: TestResults, file: string, isRoot = false): void {
  let failed = 0;
  let tests = 0;
  for (const child of suite.children) {
    if (child.name === 'testsuite') collectSuite(child, results, file);
    else if (child.name === 'testcase') {
      const outcome = outcomeOf(child);
      record(results, outcome, testName(child));
      tests += 1;
      if (outcome === 'failure' || outcome === 'error') failed += 1;
    } else if (suite.name === 'testsuite' && (child.name === 'error' || child.name === 'failure')) {
      // A suite-level error: the suite itself broke (setup, compile, import).
      record(results, child.name, `${suite.attributes['name'] ?? '(unnamed suite)'} (suite)`);
      tests += 1;
      failed += 1;
    }
  }
  if (suite.name === 'testsuite' && childrenNamed(suite, 'testsuite').length === 0) {
    reconcileAttributes(suite, { failed, tests }, results, file, isRoot);
  }
}

function reconcileAttributes(suite: XmlElement, counted: { failed: number; tests: number }, results: TestResults, file: string, isRoot: boolean): void {
  const name = suite.attributes['name'] ?? '(unnamed suite)';
  // Compared as a sum: mocha's xunit reporter writes <failure> elements but counts them in `errors`.
  const declaredFailures = countAttribute(suite, 'failures');
  const declaredErrors = countAttribute(suite, 'errors');
  const declared = (declaredFailures ?? 0) + (declaredErrors ?? 0);
  if (declared > counted.failed) {
    const extra = declared - counted.failed;
    results.errors += extra;
    results.total += extra;
    results.failedTests.push(`${name} (suite, ${extra} declared without a testcase)`);
    results.warnings.push(`${file}: suite "${name}" declares ${declared} failures and errors but only ${counted.failed} testcases show one; counting ${declared}`);
  }
  const declaredTests = countAttribute(suite, 'tests');
  // The root's total is reconciled (and reported) once, for the whole file.
  if (!isRoot && declaredTests !== undefined && declaredTests !== counted.tests) {
    results.warnings.push(`${file}: suite "${name}" declares tests="${declaredTests}" but contains ${counted.tests} testcases`);
  }
}

/**
 * The root's `tests` total against everything counted in the file: the larger one counts. Extra
 * declared tests count as skipped (they did not run): first those the root's `skipped` declares
 * without a testcase, then any others (e.g. tests after a failed `before` hook).
 */
function reconcileRootTotals(root: XmlElement, results: TestResults, file: string): void {
  const declared = countAttribute(root, 'tests');
  if (declared === undefined || declared === results.total) return;
  const counted = results.total;
  if (declared < counted) {
    results.warnings.push(`${file}: the report declares tests="${declared}" but ${counted} were counted from its testcases; counting ${counted}`);
    return;
  }
  const missing = declared - counted;
  const skippedWithoutTestcase = Math.min(missing, Math.max(0, (countAttribute(root, 'skipped') ?? 0) - results.skipped));
  results.total += missing;
  results.skipped += missing;
  const notRun = missing - skippedWithoutTestcase;
  const detail = notRun === 0 ? `${missing} skipped without a testcase` : `${skippedWithoutTestcase} skipped without a testcase, ${notRun} not run`;
  results.warnings.push(`${file}: the report declares tests="${declared}" but has ${counted} testcases; counting ${declared} (${detail})`);
}

function outcomeOf(testcase: XmlElement): Outcome {
  const has = (name: string) => testcase.children.some((child) => child.name === name);
  if (has('failure')) return 'failure';
  if (has('error')) return 'error';
  if (has('skipped')) return 'skipped';
  if (has('flakyFailure') || has('flakyError')) return 'flaky';
  return 'passed';
}

function record(results: TestResults, outcome: Outcome, name: string): void {
  results.total += 1;
  if (outcome === 'failure') results.failures += 1;
  else if (outcome === 'error') results.errors += 1;
  else if (outcome === 'skipped') results.skipped += 1;
  else {
    results.passed += 1;
    if (outcome === 'flaky') results.flaky += 1;
  }
  if (outcome === 'failure' || outcome === 'error') results.failedTests.push(name);
}

function testName(testcase: XmlElement): string {
  const classname = testcase.attributes['classname'];
  const name = testcase.attributes['name'] ?? '(unnamed test)';
  return classname ? `${classname}.${name}` : name;
}
