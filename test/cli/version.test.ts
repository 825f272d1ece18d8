import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NO_COLOR } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => { out += t; }, err: (t) => { err += t; }, color: NO_COLOR, cwd: process.cwd() });
  return { code, out, err };
}

const base = ['version', '--module', 'auth', '--channel', 'beta', '--build', '42', '--sha', '0123abc', '--branch', 'staging'];

describe('gatehouse version', () => {
  it('prints the contract JSON object', async () => {
    const result = await run([...base, '--format', 'json']);
    expect(result.code).to.equal(0);
    const parsed = JSON.parse(result.out) as Record<string, unknown>;
    expect(Object.keys(parsed)).to.deep.equal(['module', 'version', 'channel', 'job', 'build', 'sha', 'imageTag', 'chartVersion', 'appVersion', 'releaseId']);
    expect(parsed).to.deep.equal({
      module: 'auth', version: '3.1.0', channel: 'beta', job: 'staging', build: 42, sha: '0123abc',
      imageTag: '3.1.0-beta.staging.42.g0123abc', chartVersion: '3.1.0-beta.staging.42.g0123abc',
      appVersion: 'auth-3-1-0-0123abc', releaseId: 'auth-3-1-0-0123abc',
    });
  });

  it('gives build 42 of the release PR on the same commit another version than build 42 of staging', async () => {
    const pr = await run([...base.slice(0, -2), '--pr', '34', '--format', 'json']);
    expect(pr.code, pr.err).to.equal(0);
    expect((JSON.parse(pr.out) as { imageTag: string }).imageTag).to.equal('3.1.0-beta.PR34.42.g0123abc');
  });

  it('prints text with the image and chart references', async () => {
    const result = await run(base);
    expect(result.code).to.equal(0);
    expect(result.out).to.contain('job:          staging\n');
    expect(result.out).to.contain('chartVersion: 3.1.0-beta.staging.42.g0123abc\n');
    expect(result.out).to.contain('image:        docker.io/acmeonline/auth:3.1.0-beta.staging.42.g0123abc\n');
    expect(result.out).to.contain('chart:        oci://registry-1.docker.io/acmeonline-charts/auth --version 3.1.0-beta.staging.42.g0123abc\n');
  });

  it('normalises an upper-case sha', async () => {
    const result = await run(['version', '--module', 'auth', '--channel', 'stable', '--build', '0', '--sha', 'ABCDEF0', '--pr', '7', '--format', 'json']);
    expect(result.code).to.equal(0);
    expect((JSON.parse(result.out) as { releaseId: string }).releaseId).to.equal('auth-3-1-0-abcdef0');
  });

  it('exits 1 with the diagnostics when --config does not load', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gatehouse-version-'));
    try {
      writeFileSync(join(dir, 'modules.yaml'), 'modules: [unclosed\n');
      const result = await run([...base, '--config', join(dir, 'modules.yaml')]);
      expect(result.code).to.equal(1);
      expect(result.err).to.contain('modules.yaml:');
      expect(result.out).to.equal('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 (GH007) and lists the modules when nothing is close', async () => {
    const result = await run(['version', '--module', 'billing', '--channel', 'beta', '--build', '1', '--sha', 'abcdef0', '--branch', 'master']);
    expect(result.code).to.equal(2);
    expect(result.err).to.contain('error GH007: unknown module "billing"\n  hint: known modules: api-gateway, auth,');
  });

  it('exits 2 with a suggestion for an unknown module', async () => {
    const result = await run(['version', '--module', 'auht', '--channel', 'beta', '--build', '1', '--sha', 'abcdef0', '--branch', 'master']);
    expect(result.code).to.equal(2);
    expect(result.err).to.contain('unknown module "auht"');
    expect(result.err).to.contain('did you mean "auth"?');
    expect(result.out).to.equal('');
  });

  const usage: [string, string[], RegExp][] = [
    ['an unknown channel', ['--channel', 'gamma'], /--channel must be one of stable, beta, alpha/],
    ['a negative build', ['--build', '-1'], /--build must be a non-negative integer/],
    ['a non-numeric build', ['--build', '4x'], /--build must be a non-negative integer/],
    ['a leading-zero build', ['--build', '042'], /--build must be a non-negative integer/],
    ['a short sha', ['--sha', 'abc12'], /--sha must be 7 to 40 hex digits/],
    ['a non-hex sha', ['--sha', 'main'], /--sha must be 7 to 40 hex digits/],
    ['a 41-digit sha', ['--sha', 'a'.repeat(41)], /--sha must be 7 to 40 hex digits/],
    ['an unknown format', ['--format', 'yaml'], /--format must be one of text, json/],
    ['both --branch and --pr', ['--pr', '34'], /exactly one of --branch NAME .* and --pr N/],
    ['an empty branch', ['--branch', ''], /--branch must not be empty/],
  ];
  for (const [name, change, message] of usage) {
    it(`exits 2 for ${name}`, async () => {
      const args = [...base];
      const at = args.indexOf(change[0] ?? '');
      if (at >= 0) args.splice(at, 2, ...change);
      else args.push(...change);
      const result = await run(args);
      expect(result.code).to.equal(2);
      expect(result.err).to.match(message);
    });
  }

  it('exits 2 when neither --branch nor --pr says which job builds, or --pr is no PR number', async () => {
    const result = await run(base.slice(0, -2));
    expect(result.code).to.equal(2);
    expect(result.err).to.match(/exactly one of --branch NAME/);
    for (const pr of ['0', '034', 'PR-34']) {
      const bad = await run([...base.slice(0, -2), '--pr', pr]);
      expect(bad.code, pr).to.equal(2);
      expect(bad.err, pr).to.match(/--pr must be a positive integer without leading zeros/);
    }
  });

  it('exits 2 when a required flag is missing', async () => {
    const result = await run(['version', '--module', 'auth', '--channel', 'beta', '--sha', 'abcdef0']);
    expect(result.code).to.equal(2);
    expect(result.err).to.contain("required option '--build <n>' not specified");
  });
});
