import { expect } from 'chai';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NO_COLOR } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import { REPORTS_DIR } from '../gate/fixtures.js';
import { DEFAULT_CONFIG } from '../../src/util/paths.js';

interface Run {
  code: number;
  out: string;
  err: string;
}

async function gate(args: string[], cwd = REPORTS_DIR): Promise<Run> {
  let out = '';
  let err = '';
  const code = await runCli(['gate', ...args], { out: (t) => (out += t), err: (t) => (err += t), color: NO_COLOR, cwd });
  return { code, out, err };
}

// A build of `catalog` that meets every stable threshold, using one allowance on its last day.
const STABLE_LCOV = 'TN:\nSF:catalog/search.py\nLF:200\nLH:181\nBRF:40\nBRH:33\nend_of_record\n';
const ALLOWED_FINDING = JSON.stringify({
  SchemaVersion: 2,
  ArtifactName: 'acmeonline/catalog:4.0.2',
  Results: [{ Target: 'Python', Class: 'lang-pkgs', Type: 'python-pkg', Vulnerabilities: [
    { VulnerabilityID: 'CVE-2024-45337', PkgName: 'golang.org/x/crypto', InstalledVersion: 'v0.28.0', FixedVersion: '0.31.0', Severity: 'CRITICAL' },
    { VulnerabilityID: 'CVE-2024-2511', PkgName: 'libssl3', InstalledVersion: '3.0.11', FixedVersion: '3.0.13', Severity: 'MEDIUM' },
  ] }],
});
const PASSING_INTEGRATION = '<testsuites><testsuite name="api" tests="2"><testcase classname="api" name="search"/><testcase classname="api" name="upload"/></testsuite></testsuites>';

describe('cli: gatehouse gate', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'gatehouse-gate-'));
    writeFileSync(join(dir, 'stable.lcov'), STABLE_LCOV);
    writeFileSync(join(dir, 'lines-84.lcov'), 'SF:a.go\nLF:100\nLH:84\nBRF:10\nBRH:9\nend_of_record\n');
    writeFileSync(join(dir, 'allowed.json'), ALLOWED_FINDING);
    writeFileSync(join(dir, 'integration.xml'), PASSING_INTEGRATION);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const stableArgs = () => ['--module', 'catalog', '--junit', 'mocha/own-tests.xml', '--coverage', join(dir, 'stable.lcov'), '--scan', join(dir, 'allowed.json'), '--integration', join(dir, 'integration.xml')];
  const rejectedArgs = ['--module', 'catalog', '--junit', 'junit/pytest.xml', '--coverage', 'coverage/coverage-py.xml', '--scan', 'trivy/image.json', '--integration', 'junit/failsafe-*.xml'];

  it('exits 0 and prints the channel for a stable build', async () => {
    const run = await gate([...stableArgs(), '--today', '2027-03-31', '--require', 'stable']);
    expect(run.code, run.err).to.equal(0);
    expect(run.out).to.match(/^catalog: stable \(required stable: passed\)/);
    expect(run.out).to.contain('allowed: CVE-2024-45337 (1 finding, until 2027-03-31)');
  });

  it('counts the allowed finding again the day after its expiry: rejected, exit 1', async () => {
    const run = await gate([...stableArgs(), '--today', '2027-04-01', '--format', 'json']);
    expect(run.code).to.equal(1);
    const json = JSON.parse(run.out) as { channel: string; passed: boolean; metrics: { scan: { expired: { id: string }[] } } };
    expect(json.channel).to.equal('rejected');
    expect(json.passed).to.equal(false);
    expect(json.metrics.scan.expired.map((e) => e.id)).to.deep.equal(['CVE-2024-45337']);
  });

  it('applies the module override of the project thresholds (auth: stable needs 85% lines)', async () => {
    const args = ['--junit', 'mocha/own-tests.xml', '--coverage', join(dir, 'lines-84.lcov'), '--scan', 'trivy/clean.json', '--format', 'json'];
    const catalog = JSON.parse((await gate(['--module', 'catalog', ...args])).out) as { channel: string };
    const auth = JSON.parse((await gate(['--module', 'auth', ...args])).out) as { channel: string; misses: unknown[] };
    expect(catalog.channel).to.equal('stable');
    expect(auth.channel).to.equal('beta');
    expect(auth.misses).to.deep.equal([{ channel: 'stable', threshold: 'lineCoverage', required: 85, measured: 84 }]);
  });

  it('prints the contract JSON', async () => {
    const run = await gate([...rejectedArgs, '--today', '2027-04-01', '--format', 'json']);
    const json = JSON.parse(run.out) as Record<string, unknown>;
    expect(Object.keys(json).slice(0, 6)).to.deep.equal(['module', 'channel', 'required', 'passed', 'metrics', 'misses']);
    expect(json).to.include({ module: 'catalog', channel: 'rejected', required: 'alpha', passed: false });
    expect(json['metrics']).to.include({ lineCoverage: 75, branchCoverage: 50, failedTests: 2, integrationPassRate: 66.66 });
    expect((json['misses'] as { channel: string }[]).filter((m) => m.channel === 'alpha')).to.deep.equal([
      { channel: 'alpha', threshold: 'integrationPassRate', required: 80, measured: 66.66 },
      { channel: 'alpha', threshold: 'vulnerabilities.critical', required: 0, measured: 1 },
    ]);
  });

  it('exits 1 when the build does not reach --require', async () => {
    const run = await gate(['--module', 'catalog', '--junit', 'mocha/own-tests.xml', '--coverage', 'coverage/coverage-py.xml', '--scan', 'trivy/clean.json', '--require', 'beta']);
    expect(run.code).to.equal(1);
    expect(run.out).to.match(/^catalog: alpha \(required beta: not passed\)/);
  });

  it('merges every file a glob and repeated --junit flags match', async () => {
    const run = await gate(['--module', 'catalog', '--junit', 'junit/*.xml', '--junit', 'mocha/outcomes.xml', '--coverage', 'c8/lcov.info', '--scan', 'trivy/clean.json', '--format', 'json']);
    const json = JSON.parse(run.out) as { metrics: { tests: { files: number; total: number } } };
    expect(json.metrics.tests).to.include({ files: 8, total: 36 });
  });

  it('finds reports in nested directories with ** relative to the working directory, without following directory links', async () => {
    const workspace = join(dir, 'workspace');
    for (const sub of ['build/test-results/test', 'build/test-results/test/nested', 'build/other']) mkdirSync(join(workspace, sub), { recursive: true });
    copyFileSync(join(REPORTS_DIR, 'junit/surefire-TEST-com.acme.config.FlagServiceTest.xml'), join(workspace, 'build/test-results/test/TEST-a.xml'));
    copyFileSync(join(REPORTS_DIR, 'junit/jest-junit.xml'), join(workspace, 'build/test-results/test/nested/TEST-b.xml'));
    copyFileSync(join(REPORTS_DIR, 'junit/pytest.xml'), join(workspace, 'build/other/TEST-c.xml'));
    symlinkSync(join(workspace, 'build'), join(workspace, 'build/test-results/loop'));
    const reports = ['--junit', 'build/test-results/**/TEST-*.xml', '--coverage', join(REPORTS_DIR, 'c8/lcov.info'), '--scan', join(REPORTS_DIR, 'trivy/clean.json')];
    const run = await gate(['--module', 'catalog', ...reports, '--config', DEFAULT_CONFIG, '--format', 'json'], workspace);
    const json = JSON.parse(run.out) as { metrics: { tests: { files: number; total: number } } };
    expect(json.metrics.tests).to.include({ files: 2, total: 11 });
  });

  it('names every unusable report at once: exit 2 when one cannot be found, else 1', async () => {
    const run = await gate(['--module', 'catalog', '--junit', 'invalid/junit-no-testcases.xml', '--junit', 'nothing/*.xml', '--coverage', 'invalid/not-coverage.txt', '--scan', 'missing.json']);
    expect(run.code).to.equal(2);
    expect(run.out).to.equal('');
    expect(run.err).to.contain('invalid/junit-no-testcases.xml: error GH605: the JUnit report contains no test cases');
    expect(run.err).to.contain('nothing/*.xml: error GH601: no file matches this pattern');
    expect(run.err).to.contain('invalid/not-coverage.txt: error GH604');
    expect(run.err).to.contain('missing.json: error GH601: no such file');
    const malformed = await gate(['--module', 'catalog', '--junit', 'invalid/junit-no-testcases.xml', '--coverage', 'invalid/not-coverage.txt', '--scan', 'trivy/clean.json']);
    expect([malformed.code, malformed.out]).to.deep.equal([1, '']);
    expect(malformed.err).to.contain('invalid/not-coverage.txt: error GH604');
  });

  it('exits 2 for an unknown module, a bad flag value or a missing flag', async () => {
    const base = ['--junit', 'mocha/own-tests.xml', '--coverage', 'c8/lcov.info', '--scan', 'trivy/clean.json'];
    const unknown = await gate(['--module', 'nope', ...base]);
    expect(unknown.code).to.equal(2);
    expect(unknown.err).to.contain('unknown module "nope"');
    expect((await gate(['--module', 'catalog', ...base, '--format', 'html'])).code).to.equal(2);
    expect((await gate(['--module', 'catalog', ...base, '--require', 'gold'])).code).to.equal(2);
    expect((await gate(['--module', 'catalog', ...base, '--today', '2027-02-30'])).code).to.equal(2);
    expect((await gate(['--module', 'catalog', '--coverage', 'c8/lcov.info', '--scan', 'trivy/clean.json'])).code).to.equal(2);
  });

  it('renders the markdown summary of a stable build', async () => {
    const run = await gate([...stableArgs(), '--today', '2027-03-31', '--format', 'markdown']);
    expect(run.out.split('\n').slice(0, 2)).to.deep.equal(['**Quality gate: catalog is STABLE** (required: alpha, passed)', '']);
    expect(run.out).to.contain('| Line coverage ');
    expect(run.out).to.contain('90.5% (181/200 lines)');
    expect(run.out).to.contain('- CVE-2024-45337: 1 finding, allowed until 2027-03-31:');
    expect(run.out).not.to.contain('Missed thresholds');
  });

  it('renders the markdown summary of a rejected build with every miss', async () => {
    const run = await gate([...rejectedArgs, '--today', '2027-04-01', '--format', 'markdown']);
    expect(run.code).to.equal(1);
    expect(run.out).to.match(/^\*\*Quality gate: catalog is REJECTED\*\* \(required: alpha, NOT passed\)/);
    expect(run.out).to.contain('- alpha: integration pass rate 66.66% (required >= 80%); critical vulnerabilities 1 (required <= 0)');
    expect(run.out).to.contain('**Expired allowances** (no longer applied; renew or fix)');
    expect(run.out).to.contain('- `tests.test_search.test_ranking_prefers_title[prefix]`');
  });
});
