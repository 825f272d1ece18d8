// CLI conventions every command shares: --version, --format json with one diagnostic shape,
// colour decided per stream.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import { failingOnDiskErrors } from '../../src/cli/commands/out-dir.js';
import { CliFailure } from '../../src/cli/failure.js';
import { OutputIoError } from '../../src/output/io-error.js';
import { MANIFEST_NAME } from '../../src/output/manifest.js';
import { DEFAULT_CONFIG, PACKAGE_ROOT } from '../../src/util/paths.js';
import { makeProjectDir, runCliIn } from '../app/run-cli.js';
import { FIXTURES } from '../config/helpers.js';
import { makeTempDir, removeTempDirs } from '../output/temp-dir.js';
import { expectDiagnosticShape } from './json-shape.js';

const PACKAGE_VERSION = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

async function runColoured(argv: string[], cwd: string, color: CliIo['color']) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), color, cwd });
  return { code, out, err };
}

describe('cli: conventions', () => {
  afterEach(removeTempDirs);

  it('prints the package version for --version and -V', async () => {
    expect(PACKAGE_VERSION).to.match(/^\d+\.\d+\.\d+/);
    for (const flag of ['--version', '-V']) {
      expect(await runCliIn(PACKAGE_ROOT, [flag]), flag).to.deep.equal({ code: 0, out: `${PACKAGE_VERSION}\n`, err: '' });
    }
  });

  it('an unknown command is matched against every command, even when a later word names one', async () => {
    for (const argv of [['valdiate'], ['valdiate', 'plan']]) {
      const result = await runCliIn(PACKAGE_ROOT, argv);
      expect(result, argv.join(' ')).to.deep.equal({ code: 2, out: '', err: "gatehouse: error GH006: unknown command 'valdiate'\n  hint: did you mean validate?\n" });
    }
  });

  it('graph --format json: the waves and every edge, dependency first', async () => {
    const result = await runCliIn(PACKAGE_ROOT, ['graph', '--format', 'json']);
    const graph = JSON.parse(result.out) as { config: string; waves: string[][]; edges: { from: string; to: string }[] };
    expect(graph.config).to.equal('modules.yaml');
    expect(graph.waves[0]).to.include('config-service');
    const wave = (name: string) => graph.waves.findIndex((names) => names.includes(name));
    for (const edge of graph.edges) expect(wave(edge.from), `${edge.from} -> ${edge.to}`).to.be.below(wave(edge.to));
    expect(graph.edges.length).to.be.greaterThan(5);
  });

  it('generate --format json: what was written, files regenerated after a merge, and the refusals with exit 1', async () => {
    const cwd = await makeProjectDir();
    const first = JSON.parse((await runCliIn(cwd, ['generate', '--out', 'gen', '--format', 'json'])).out) as Record<string, unknown>;
    expect(first).to.include({ ok: true, config: 'modules.yaml', outDir: 'gen', unchanged: 0 });
    expect(first['written']).to.include('README.md').and.include('jobs/seed.groovy');
    expect(first).to.deep.include({ conflicted: [], leftovers: [] });
    await writeFile(join(cwd, 'gen', 'README.md'), '<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> other\n');
    const merged = JSON.parse((await runCliIn(cwd, ['generate', '--out', 'gen', '--format', 'json'])).out) as Record<string, unknown>;
    expect(merged).to.deep.include({ ok: true, written: ['README.md'], conflicted: ['README.md'], leftovers: [] });
    await writeFile(join(cwd, 'gen', MANIFEST_NAME), 'edited by hand\n');
    const refused = await runCliIn(cwd, ['generate', '--out', 'gen', '--format', 'json']);
    expect(refused.code).to.equal(1);
    const document = JSON.parse(refused.out) as { ok: boolean; refusals: { path: string; reason: string }[] };
    expect(document.ok).to.equal(false);
    expect(document.refusals.map((r) => r.path)).to.deep.equal([MANIFEST_NAME]);
  });

  it('check --format json: each differing file with its status and diff, and the command that fixes it', async () => {
    const cwd = await makeProjectDir();
    await runCliIn(cwd, ['generate', '--out', 'gen']);
    const clean = JSON.parse((await runCliIn(cwd, ['check', '--out', 'gen', '--format', 'json'])).out) as Record<string, unknown>;
    expect(clean).to.deep.include({ ok: true, upToDate: true, files: [], refusals: [], fix: null, diagnostics: [] });
    await writeFile(join(cwd, 'gen', 'README.md'), 'edited\n');
    const stale = await runCliIn(cwd, ['check', '--out', 'gen', '--format', 'json']);
    expect(stale.code).to.equal(1);
    const document = JSON.parse(stale.out) as { upToDate: boolean; files: { path: string; status: string; diff: string }[]; fix: string };
    expect(document.upToDate).to.equal(false);
    expect(document.files.map((f) => [f.path, f.status])).to.deep.equal([['README.md', 'hand-edited']]);
    expect(document.files[0]?.diff).to.contain('-edited');
    expect(document.fix).to.equal('npx gatehouse generate --out gen --force');
  });

  it('input errors in JSON mode are one document on stdout, in the one diagnostic shape, and nothing on stderr', async () => {
    for (const command of [['check', '--out', 'gen'], ['generate', '--out', 'gen'], ['graph'], ['plan']]) {
      const result = await runCliIn(await makeTempDir(), [...command, '--config', join(FIXTURES, 'invalid', 'several-problems.yaml'), '--format', 'json']);
      expect([result.code, result.err], command.join(' ')).to.deep.equal([1, '']);
      const document = JSON.parse(result.out) as { ok: boolean; exitCode: number; config: string; diagnostics: unknown[] };
      expect(document).to.include({ ok: false, exitCode: 1 });
      expect(document.diagnostics).to.have.length(4);
      document.diagnostics.forEach(expectDiagnosticShape);
    }
  });

  it('a whole-file problem has null positions in JSON, never 0', async () => {
    const result = await runCliIn(PACKAGE_ROOT, ['validate', '--config', 'nope.yaml', '--format', 'json']);
    const [diagnostic] = (JSON.parse(result.out) as { diagnostics: Record<string, unknown>[] }).diagnostics;
    expect(diagnostic).to.deep.equal({ code: 'GH001', severity: 'error', file: 'nope.yaml', line: null, column: null, path: '', message: 'cannot read nope.yaml: file not found', hint: null });
  });

  it('a disk failure is GH008 with exit 2, not a bug', async () => {
    const failure = await failingOnDiskErrors(Promise.reject(new OutputIoError('cannot write the output directory: ENOSPC')), 'generated', 'modules.yaml').catch((e: unknown) => e);
    expect(failure).to.be.instanceOf(CliFailure);
    expect((failure as CliFailure).exitCode).to.equal(2);
    expect((failure as CliFailure).diagnostics.map((d) => [d.code, d.file])).to.deep.equal([['GH008', 'generated']]);
  });

  it('colours each stream as decided for it: a coloured report on stdout, plain diagnostics on stderr', async () => {
    const cwd = await makeProjectDir();
    await runCliIn(cwd, ['generate', '--out', 'gen']);
    await writeFile(join(cwd, 'gen', 'README.md'), 'edited\n');
    const check = await runColoured(['check', '--out', 'gen'], cwd, { out: true, err: false });
    expect(check.out).to.contain('\u001b[31m-edited\u001b[0m');
    await copyFile(join(FIXTURES, 'invalid', 'unknown-dependency.yaml'), join(cwd, 'modules.yaml'));
    const plain = await runColoured(['validate'], cwd, { out: true, err: false });
    expect(plain.err).to.contain('error GH300').and.not.contain('\u001b[');
    const coloured = await runColoured(['validate'], cwd, { out: false, err: true });
    expect(coloured.err).to.contain('\u001b[31merror\u001b[0m GH300');
  });

  it('runs from the repository without --config, reading its modules.yaml', async () => {
    expect(DEFAULT_CONFIG).to.equal(join(PACKAGE_ROOT, 'modules.yaml'));
    expect(await runCliIn(PACKAGE_ROOT, ['validate'])).to.deep.equal({ code: 0, out: 'modules.yaml: valid, 9 modules\n', err: '' });
  });
});
