import { expect } from 'chai';
import { copyFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MANIFEST_NAME } from '../../src/output/manifest.js';
import { DEFAULT_CONFIG } from '../../src/util/paths.js';
import { makeProjectDir, runCliIn } from '../app/run-cli.js';
import { assertInsideTempDir, makeTempDir, readTree, removeTempDirs } from '../output/temp-dir.js';

async function cliIn(cwd: string, ...args: string[]) {
  await assertInsideTempDir(cwd);
  return runCliIn(cwd, args);
}

describe('cli: gatehouse check', () => {
  afterEach(removeTempDirs);

  it('exits 0 right after generate, naming the modules.yaml it found', async () => {
    const cwd = await makeProjectDir();
    await cliIn(cwd, 'generate', '--out', 'gen');
    const result = await cliIn(cwd, 'check', '--out', 'gen');
    expect([result.code, result.err]).to.deep.equal([0, '']);
    expect(result.out).to.match(/^gen: up to date with modules\.yaml \(\d+ files\)\n$/);
  });

  it('exits 1 with the per-file report and the command that fixes it, and writes nothing', async () => {
    const cwd = await makeProjectDir();
    await cliIn(cwd, 'generate', '--out', 'gen');
    await rm(join(cwd, 'gen', MANIFEST_NAME));
    const before = await readTree(cwd);
    const result = await cliIn(cwd, 'check', '--out', 'gen');
    expect(result.code).to.equal(1);
    expect(result.out).to.include('  missing     gen/.gatehouse-manifest.json: not generated yet\n');
    expect(result.out, 'a missing manifest needs no diff').not.to.include('+++ b/.gatehouse-manifest.json\n');
    expect(result.out.endsWith('To fix it, run: npx gatehouse generate --out gen\n')).to.equal(true);
    expect(await readTree(cwd)).to.deep.equal(before);
  });

  it('adds --force and the same --config to the fix command when a file was edited by hand', async () => {
    const cwd = await makeTempDir();
    await copyFile(DEFAULT_CONFIG, join(cwd, 'modules.yaml'));
    await cliIn(cwd, 'generate', '--config', 'modules.yaml', '--out', 'my gen');
    await writeFile(join(cwd, 'my gen', MANIFEST_NAME), '{}');
    const result = await cliIn(cwd, 'check', '--config', 'modules.yaml', '--out', 'my gen');
    expect(result.code).to.equal(1);
    expect(result.out).to.include('  hand-edited my gen/.gatehouse-manifest.json: edited by hand: it cannot be read');
    expect(result.out.endsWith("To fix it, run: npx gatehouse generate --config modules.yaml --out 'my gen' --force\n")).to.equal(true);
  });

  it('exits 1 with diagnostics for invalid input', async () => {
    const cwd = await makeTempDir();
    await writeFile(join(cwd, 'modules.yaml'), 'project: [\n');
    const result = await cliIn(cwd, 'check', '--config', 'modules.yaml', '--out', 'gen');
    expect(result.code).to.equal(1);
    expect(result.err).to.match(/modules\.yaml:\d+:\d+: error GH\d+: /);
  });
});
