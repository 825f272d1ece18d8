// The installed CLI (package.json's bin) is the esbuild bundle of dist/src/cli/bin.js
// (scripts/bundle-cli.ts): it must say and write exactly what the unbundled CLI does, find its
// templates, its compiled schema and the packages it loads on first use (yaml to locate a
// problem, semver to explain a version, diff for check), and seal output with the same
// generator fingerprint.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/util/paths.js';
import { SLOW_TEST_TIMEOUT_MS } from '../harness/timeouts.js';
import { makeTempDir, readTree, removeTempDirs } from '../output/temp-dir.js';

const UNBUNDLED = join(PACKAGE_ROOT, 'dist/src/cli/bin.js');
const INSTALLED = join(PACKAGE_ROOT, (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { bin: { gatehouse: string } }).bin.gatehouse);

function run(bin: string, args: readonly string[]) {
  const child = spawnSync(process.execPath, [bin, ...args], { cwd: PACKAGE_ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('cli: the bundled CLI (package.json bin)', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS); // starts the CLI a few dozen times
  afterEach(removeTempDirs);

  it('is the bundle, not the unbundled entry', () => {
    expect(INSTALLED).to.equal(join(PACKAGE_ROOT, 'dist/src/bundle/bin.js'));
  });

  const commands = [
    ['--help'], ['--version'], [], ['validat'], ['validate'], ['validate', '--format', 'json'], ['validate', '--config', 'nope.yaml'],
    ['plan'], ['plan', '--module', 'auth', '--format', 'json'], ['graph', '--format', 'dot'], ['generate', '--help'],
    ['version', '--module', 'auth', '--channel', 'beta', '--build', '7', '--sha', 'abcdef1', '--branch', 'staging'],
    ['release', '--help'], ['release', 'schedule', '--format', 'json', '--now', '2026-12-07T10:00:00Z'], ['gate', '--module', 'auth'],
    ['validate', '--config', 'test/fixtures/invalid/several-problems.yaml'], ['validate', '--config', 'test/fixtures/invalid/semver-prerelease.yaml'],
  ];
  for (const args of commands) {
    it(`prints what the unbundled CLI prints for: gatehouse ${args.join(' ')}`, () => {
      const bundled = run(INSTALLED, args);
      expect(bundled).to.deep.equal(run(UNBUNDLED, args));
      expect(bundled.stderr).not.to.match(/internal error/);
    });
  }

  it('writes the same tree, manifest seals included, and each CLI finds the other up to date', async () => {
    const [bundledOut, unbundledOut] = [join(await makeTempDir(), 'generated'), join(await makeTempDir(), 'generated')];
    expect(run(INSTALLED, ['generate', '--out', bundledOut]).status).to.equal(0);
    expect(run(UNBUNDLED, ['generate', '--out', unbundledOut]).status).to.equal(0);
    expect(await readTree(bundledOut)).to.deep.equal(await readTree(unbundledOut));
    expect(run(UNBUNDLED, ['check', '--out', bundledOut]).status).to.equal(0);
    expect(run(INSTALLED, ['check', '--out', unbundledOut]).status).to.equal(0);
    // A hand edit: both report it the same way, with the same diff.
    const edited = 'modules/auth/Jenkinsfile';
    const checks = [];
    for (const [bin, out] of [[INSTALLED, bundledOut], [UNBUNDLED, unbundledOut]] as const) {
      await appendFile(join(out, edited), '// edited by hand\n');
      const check = run(bin, ['check', '--out', out]);
      checks.push({ ...check, stdout: check.stdout.replaceAll(out, '<out>'), stderr: check.stderr.replaceAll(out, '<out>') });
    }
    expect(checks[0]).to.deep.equal(checks[1]);
    expect(checks[0]?.status).to.equal(1);
    expect(checks[0]?.stdout).to.include('-// edited by hand');
  });
});
