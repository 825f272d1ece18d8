// helmPublish, helmDeploy and helmRollback run under Groovy 2.4 (the version Jenkins runs) with
// recorded stub steps: what they pass to the shell.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT, TEMPLATES_DIR } from '../../../src/util/paths.js';
import { SLOW_TEST_TIMEOUT_MS } from '../../harness/timeouts.js';

const VARS = join(TEMPLATES_DIR, 'library', 'static', 'vars');
const HARNESS = join(PACKAGE_ROOT, 'test', 'emit', 'chart', 'fixtures', 'step-harness.groovy');

interface Call { step: string; args?: Record<string, unknown>; label?: string; script?: string; env?: Record<string, string>; bindings?: Record<string, string>[]; message?: string }
interface Result { name: string; returned?: unknown; error?: string; calls: Call[] }
interface Scenario { name: string; step: string; method?: string; args: unknown; stdout?: Record<string, string> }

function javaHome(): string {
  if (process.env['JAVA_HOME']) return process.env['JAVA_HOME'];
  const found = spawnSync('sh', ['-c', 'dirname "$(dirname "$(readlink -f "$(command -v java)")")"'], { encoding: 'utf8' });
  return found.stdout.trim();
}

function runScenarios(scenarios: Scenario[]): Map<string, Result> {
  const dir = mkdtempSync(join(tmpdir(), 'gatehouse-steps-'));
  try {
    const file = join(dir, 'scenarios.json');
    writeFileSync(file, JSON.stringify(scenarios));
    const run = spawnSync('groovy', [HARNESS, VARS, file], { encoding: 'utf8', env: { ...process.env, JAVA_HOME: javaHome() } });
    if (run.status !== 0) throw new Error(`groovy failed (${String(run.status)}): ${run.stderr}`);
    const results = JSON.parse(run.stdout.trim().split('\n').pop() ?? '[]') as Result[];
    return new Map(results.map((r) => [r.name, r]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs a recorded sh script under /bin/sh with stub `helm` and `yq` that log their arguments. */
function runShell(call: Call | undefined, files: Record<string, string>): { status: number | null; log: string[]; stdout: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gatehouse-sh-'));
  try {
    mkdirSync(join(dir, 'bin'));
    mkdirSync(join(dir, 'work'));
    const stub = (name: string, body: string) => {
      writeFileSync(join(dir, 'bin', name), `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a" >> "$STUB_LOG"; done\necho ---- >> "$STUB_LOG"\n${body}\n`);
      chmodSync(join(dir, 'bin', name), 0o755);
    };
    stub('helm', 'case "$1" in show) exit 1;; esac; exit 0');
    stub('yq', 'echo auth');
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(join(dir, 'work', path, '..'), { recursive: true });
      writeFileSync(join(dir, 'work', path), content);
    }
    const log = join(dir, 'stub.log');
    writeFileSync(log, '');
    const env = { PATH: `${join(dir, 'bin')}:/usr/bin:/bin`, STUB_LOG: log, ...call?.env, HELM_REGISTRY_USER: 'robot', HELM_REGISTRY_PASSWORD: 's3cret' };
    const run = spawnSync('/bin/sh', ['-c', call?.script ?? 'exit 99'], { cwd: join(dir, 'work'), env, encoding: 'utf8' });
    return { status: run.status, log: readFileSync(log, 'utf8').split('----\n').filter((l) => l !== '').map((l) => l.trim().split('\n').join(' ')), stdout: run.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const entry = (revision: number, status: string, description = 'Upgrade complete', extra: Record<string, unknown> = {}) =>
  ({ revision, updated: '2026-01-01T00:00:00Z', status, chart: `auth-3.1.0-beta.${revision}.gabcdef0`, app_version: 'auth-3-1-0-abcdef0', description, ...extra });

// helm --atomic's own rollback failed: helm marks the failed upgrade superseded (see
// test/emit/library/helm-rollback.test.ts for every case helmRollback decides).
const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;

const ATOMIC_FAILED = [entry(1, 'superseded'), entry(2, 'deployed'), entry(3, 'superseded', 'Upgrade "auth" failed: timed out'), entry(4, 'failed', 'Rollback "auth" failed: timed out')];

describe('helm library steps (Groovy 2.4)', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS);
  let results: Map<string, Result>;
  const result = (name: string): Result => {
    const found = results.get(name);
    if (!found) throw new Error(`no result for ${name}`);
    return found;
  };
  const shCalls = (name: string) => result(name).calls.filter((c) => c.step === 'sh');

  before(() => {
    const publish = {
      chartDir: 'chart', chartVersion: '3.1.0-beta.42.g0123abc', appVersion: 'auth-3-1-0-0123abc',
      annotations: { 'gatehouse.dev/tree': 'ffff0000', 'gatehouse.dev/channel': 'beta', 'gatehouse.dev/release-id': "x'; touch /pwned #$(id)" },
      repository: 'oci://registry-1.docker.io/acmeonline-charts', credentialsId: 'dockerhub-push',
    };
    const deploy = {
      release: 'auth', chartRef: 'oci://registry-1.docker.io/acmeonline-charts/auth', chartVersion: '3.1.0-beta.42.g0123abc',
      namespace: 'staging', valuesFiles: ['chart/values-staging.yaml'], kubeconfigCredentialsId: 'kubeconfig-nonprod', timeoutMinutes: 10, historyMax: 10,
    };
    const scenarios: Scenario[] = [
      { name: 'publish', step: 'helmPublish', args: publish, stdout: { Package: 'auth' } },
      { name: 'publish bad key', step: 'helmPublish', args: { ...publish, annotations: { 'bad key': 'x' } }, stdout: { Package: 'auth' } },
      { name: 'publish build metadata', step: 'helmPublish', args: { ...publish, chartVersion: '3.1.0+abc' } },
      { name: 'deploy', step: 'helmDeploy', args: deploy, stdout: { Deployed: '7\n' } },
      { name: 'deploy history 1', step: 'helmDeploy', args: { ...deploy, historyMax: 1 } },
      { name: 'deploy long release', step: 'helmDeploy', args: { ...deploy, release: 'a'.repeat(54) } },
      { name: 'deploy pinned', step: 'helmDeploy', args: { ...deploy, imageDigest: DIGEST }, stdout: { Deployed: '7\n' } },
      { name: 'deploy bad digest', step: 'helmDeploy', args: { ...deploy, imageDigest: `${DIGEST.toUpperCase()}; touch /pwned` } },
      { name: 'deploy pulled', step: 'helmDeploy', args: { ...deploy, chartRef: undefined, chartVersion: undefined, chartPath: '.gatehouse/train/charts/auth/auth', valuesFiles: ['.gatehouse/train/charts/auth/auth/values-production.yaml'] }, stdout: { Deployed: '7\n' } },
      { name: 'deploy no chart', step: 'helmDeploy', args: { ...deploy, chartRef: undefined } },
      { name: 'deploy dash path', step: 'helmDeploy', args: { ...deploy, chartPath: '--post-renderer=x' } },
      { name: 'rollback', step: 'helmRollback', args: { release: 'auth', namespace: 'production', kubeconfigCredentialsId: 'kubeconfig-production' }, stdout: { helm: JSON.stringify(ATOMIC_FAILED) } },
      { name: 'rollback none', step: 'helmRollback', args: { release: 'auth', namespace: 'production', kubeconfigCredentialsId: 'kubeconfig-production' }, stdout: { helm: JSON.stringify([entry(3, 'superseded', 'Upgrade "auth" failed: x'), entry(4, 'failed')]) } },
    ];
    results = runScenarios(scenarios);
  });

  it('helmPublish annotates, packages with the build version and pushes, values only through the environment', () => {
    const publish = result('publish');
    expect(publish.error).to.equal(undefined);
    expect(publish.returned).to.equal('oci://registry-1.docker.io/acmeonline-charts/auth');
    const calls = shCalls('publish');
    const annotations = calls.filter((c) => c.label === 'Annotate the chart').map((c) => [c.env?.['HELM_ANNOTATION_KEY'], c.env?.['HELM_ANNOTATION_VALUE']]);
    expect(annotations).to.deep.equal([['gatehouse.dev/channel', 'beta'], ['gatehouse.dev/release-id', "x'; touch /pwned #$(id)"], ['gatehouse.dev/tree', 'ffff0000']]);
    const push = calls.find((c) => c.label === 'Package and push the chart');
    expect(push?.env).to.include({ HELM_CHART_VERSION: '3.1.0-beta.42.g0123abc', HELM_APP_VERSION: 'auth-3-1-0-0123abc', HELM_REPOSITORY: 'oci://registry-1.docker.io/acmeonline-charts' });
    expect(push?.script).to.contain('helm package "$HELM_CHART_DIR" --version "$HELM_CHART_VERSION" --app-version "$HELM_APP_VERSION"');
    expect(push?.script).to.contain('--password-stdin');
    expect(push?.script).to.contain('helm push "$work/$name-$HELM_CHART_VERSION.tgz" "$HELM_REPOSITORY"');
    const credentials = publish.calls.find((c) => c.step === 'withCredentials');
    expect(credentials?.bindings?.[0]).to.include({ type: 'usernamePassword', credentialsId: 'dockerhub-push' });
    for (const call of calls) {
      for (const value of ['3.1.0-beta', 'dockerhub-push', 'pwned', 'acmeonline', 'ffff0000']) expect(call.script, call.label).to.not.contain(value);
    }
  });

  it('helmPublish refuses bad annotation keys and build metadata', () => {
    expect(result('publish bad key').error).to.match(/not a valid annotation key: bad key/);
    expect(result('publish build metadata').error).to.match(/chartVersion must be SemVer without build metadata/);
  });

  it('helmDeploy runs helm upgrade --install --atomic --wait with the timeout, history and values files', () => {
    const deploy = result('deploy');
    expect(deploy.error).to.equal(undefined);
    expect(deploy.returned).to.equal(7);
    const upgrade = shCalls('deploy').find((c) => c.label === 'helm upgrade --install auth');
    expect(upgrade?.env).to.include({ HELM_RELEASE: 'auth', HELM_NAMESPACE: 'staging', HELM_TIMEOUT: '10m', HELM_HISTORY_MAX: '10', HELM_VALUES_FILES: 'chart/values-staging.yaml', HELM_CHART_VERSION: '3.1.0-beta.42.g0123abc' });
    expect(upgrade?.script).to.contain('helm upgrade --install "$HELM_RELEASE" "$@" --namespace "$HELM_NAMESPACE" --atomic --wait --timeout "$HELM_TIMEOUT" --history-max "$HELM_HISTORY_MAX"');
    expect(deploy.calls.find((c) => c.step === 'withCredentials')?.bindings?.[0]).to.include({ type: 'file', credentialsId: 'kubeconfig-nonprod', variable: 'KUBECONFIG' });
    expect(deploy.calls[0]).to.deep.equal({ step: 'container', name: 'helm' });
  });

  it('helmDeploy passes each values file to helm as its own argument', () => {
    const upgrade = shCalls('deploy').find((c) => c.label === 'helm upgrade --install auth');
    const twoFiles = upgrade && { ...upgrade, env: { ...upgrade.env, HELM_VALUES_FILES: 'chart/values.yaml\nchart/values with space.yaml' } };
    const run = runShell(twoFiles, { 'chart/values.yaml': '', 'chart/values with space.yaml': '' });
    expect(run.status).to.equal(0);
    expect(run.log).to.deep.equal([
      'upgrade --install auth oci://registry-1.docker.io/acmeonline-charts/auth --version 3.1.0-beta.42.g0123abc --values chart/values.yaml --values chart/values with space.yaml --namespace staging --atomic --wait --timeout 10m --history-max 10',
    ]);
    expect(runShell(upgrade, {}).status, 'a missing values file fails').to.equal(1);
  });

  it('helmDeploy pins the image to a digest given, through the environment, and pulls by tag without one', () => {
    const upgrade = (name: string) => shCalls(name).find((c) => c.label === 'helm upgrade --install auth');
    const pinned = upgrade('deploy pinned');
    expect(result('deploy pinned').error).to.equal(undefined);
    expect(pinned?.env?.['HELM_IMAGE_DIGEST']).to.equal(DIGEST);
    expect(pinned?.script).to.not.contain(DIGEST);
    const values = { 'chart/values-staging.yaml': '' };
    expect(runShell(pinned, values).log).to.deep.equal([
      `upgrade --install auth oci://registry-1.docker.io/acmeonline-charts/auth --version 3.1.0-beta.42.g0123abc --values chart/values-staging.yaml --set-string image.digest=${DIGEST} --namespace staging --atomic --wait --timeout 10m --history-max 10`,
    ]);
    expect(upgrade('deploy')?.env?.['HELM_IMAGE_DIGEST']).to.equal('');
    expect(runShell(upgrade('deploy'), values).log[0]).to.not.contain('--set-string');
    expect(result('deploy bad digest').error).to.match(/imageDigest must be sha256:<64 lowercase hex digits>/);
    expect(shCalls('deploy bad digest')).to.deep.equal([]);
  });

  it('helmDeploy installs a chart pulled into the workspace as it is, and needs a chart from somewhere', () => {
    expect(result('deploy pulled').error).to.equal(undefined);
    const upgrade = shCalls('deploy pulled').find((c) => c.label === 'helm upgrade --install auth');
    expect(upgrade?.env).to.include({ HELM_CHART_PATH: '.gatehouse/train/charts/auth/auth', HELM_CHART_REF: '', HELM_CHART_VERSION: '' });
    const chart = { '.gatehouse/train/charts/auth/auth/Chart.yaml': 'name: auth\n', '.gatehouse/train/charts/auth/auth/values-production.yaml': '' };
    const run = runShell(upgrade, chart);
    expect(run.status).to.equal(0);
    expect(run.log).to.deep.equal([
      'upgrade --install auth .gatehouse/train/charts/auth/auth --values .gatehouse/train/charts/auth/auth/values-production.yaml --namespace staging --atomic --wait --timeout 10m --history-max 10',
    ]);
    expect(runShell(upgrade, { '.gatehouse/train/charts/auth/auth/values-production.yaml': '' }).status, 'no Chart.yaml there').to.equal(1);
    expect(result('deploy no chart').error).to.match(/argument chartRef is required/);
    expect(result('deploy dash path').error).to.match(/invalid chartPath/);
  });

  it('helmPublish logs in with the password on stdin, checks the version is new, packages and pushes', () => {
    const push = shCalls('publish').find((c) => c.label === 'Package and push the chart');
    const run = runShell(push, {});
    expect(run.status).to.equal(0);
    expect(run.stdout).to.equal('auth');
    expect(run.log[0]).to.equal('-r .name chart/Chart.yaml');
    expect(run.log[1]).to.equal('registry login registry-1.docker.io --username robot --password-stdin');
    expect(run.log[2]).to.equal('show chart oci://registry-1.docker.io/acmeonline-charts/auth --version 3.1.0-beta.42.g0123abc');
    expect(run.log[3]).to.match(/^package chart --version 3\.1\.0-beta\.42\.g0123abc --app-version auth-3-1-0-0123abc --destination \S+$/);
    expect(run.log[4]).to.match(/^push \S+\/auth-3\.1\.0-beta\.42\.g0123abc\.tgz oci:\/\/registry-1\.docker\.io\/acmeonline-charts$/);
    expect(run.log.join(' ')).to.not.contain('s3cret');
  });

  it('helmDeploy refuses a history too short to roll back and an over-long release name', () => {
    expect(result('deploy history 1').error).to.match(/historyMax must be an integer of at least 2/);
    expect(result('deploy long release').error).to.match(/at most 53 characters/);
  });

  it('helmRollback rolls back to the last good revision explicitly and returns what it did', () => {
    const rollback = result('rollback');
    expect(rollback.error).to.equal(undefined);
    expect(rollback.returned).to.include({ action: 'rollback', revision: 2 });
    const call = shCalls('rollback').find((c) => c.label === 'helm rollback auth');
    expect(call?.env?.['HELM_ROLLBACK_REVISION']).to.equal('2');
    expect(call?.env?.['HELM_WAIT']).to.equal('--wait');
    expect(call?.script).to.contain('helm rollback "$HELM_RELEASE" "$HELM_ROLLBACK_REVISION" --namespace "$HELM_NAMESPACE" $HELM_WAIT --timeout "$HELM_TIMEOUT"');
  });

  it('helmRollback fails when a release that once deployed has no good revision left, without calling helm rollback', () => {
    const none = result('rollback none');
    expect(none.error).to.match(/holds no good revision to roll back to/);
    expect(shCalls('rollback none').map((c) => c.label)).to.deep.equal(['helm history auth']);
  });
});

describe('gatehouseReports (Groovy 2.4)', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS);

  it("records Cobertura and JaCoCo XML with the Coverage plugin's parser for each, and leaves LCOV to the gate", () => {
    const jacoco = readFileSync(join(PACKAGE_ROOT, 'test', 'fixtures', 'reports', 'jacoco', 'jacocoTestReport.xml'), 'utf8').slice(0, 4096);
    const cobertura = readFileSync(join(PACKAGE_ROOT, 'test', 'fixtures', 'reports', 'c8', 'cobertura-coverage.xml'), 'utf8').slice(0, 4096);
    const commented = '<?xml version="1.0"?>\n<!-- <report> in a comment -->\n<!DOCTYPE coverage SYSTEM "coverage-04.dtd">\n<coverage line-rate="1">';
    const results = runScenarios([
      { name: 'cobertura', step: 'gatehouseReports', args: { junit: ['reports/*.xml'], coverage: 'reports/coverage.xml' }, stdout: { 'coverage format': cobertura } },
      { name: 'jacoco', step: 'gatehouseReports', args: { junit: ['build/test-results/test/*.xml'], coverage: 'build/reports/jacoco/test/jacocoTestReport.xml' }, stdout: { 'coverage format': jacoco } },
      { name: 'commented', step: 'gatehouseReports', args: { coverage: 'c.xml' }, stdout: { 'coverage format': commented } },
      { name: 'lcov', step: 'gatehouseReports', args: { junit: ['reports/*.xml'], coverage: 'coverage/lcov.info' }, stdout: { 'coverage format': 'TN:\nSF:src/a.js\n' } },
    ]);
    const recorded = (name: string) => results.get(name)?.calls.find((c) => c.step === 'recordCoverage')?.args;
    expect(recorded('cobertura')).to.deep.equal({ tools: [{ parser: 'COBERTURA', pattern: 'reports/coverage.xml' }], sourceCodeRetention: 'NEVER' });
    expect(recorded('jacoco')).to.deep.equal({ tools: [{ parser: 'JACOCO', pattern: 'build/reports/jacoco/test/jacocoTestReport.xml' }], sourceCodeRetention: 'NEVER' });
    expect(recorded('commented')).to.deep.include({ tools: [{ parser: 'COBERTURA', pattern: 'c.xml' }] });
    expect(results.get('cobertura')?.calls.find((c) => c.step === 'junit')?.args).to.deep.equal({ testResults: 'reports/*.xml', allowEmptyResults: true });
    expect((results.get('lcov')?.calls ?? []).map((c) => c.step)).to.deep.equal(['junit', 'sh', 'echo', 'archiveArtifacts']);
  });

  it('reads the head of the coverage file with the path only in the environment', () => {
    const results = runScenarios([{ name: 'quoted', step: 'gatehouseReports', args: { coverage: "it's $(here).xml" }, stdout: { 'coverage format': '<coverage/>' } }]);
    const head = results.get('quoted')?.calls.find((c) => c.step === 'sh');
    expect(head?.script).to.equal('head -c 4096 -- "$GATEHOUSE_COVERAGE_FILE"');
    expect(head?.env).to.deep.equal({ GATEHOUSE_COVERAGE_FILE: "it's $(here).xml" });
  });
});
