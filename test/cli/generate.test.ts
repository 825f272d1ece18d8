import { expect } from 'chai';
import { copyFile, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MANIFEST_NAME } from '../../src/output/manifest.js';
import { DEFAULT_CONFIG } from '../../src/util/paths.js';
import { makeProjectDir, runCliIn } from '../app/run-cli.js';
import { assertInsideTempDir, makeTempDir, readTree, removeTempDirs } from '../output/temp-dir.js';

async function generateIn(cwd: string, ...args: string[]) {
  await assertInsideTempDir(cwd);
  return runCliIn(cwd, ['generate', ...args]);
}

describe('cli: gatehouse generate', () => {
  afterEach(removeTempDirs);

  it('writes the output dir given relative to the working directory and prints a one-line summary naming the config', async () => {
    const cwd = await makeProjectDir();
    const first = await generateIn(cwd, '--out', 'gen');
    expect(first.code).to.equal(0);
    expect(first.out).to.match(/^gen: \d+ written, 0 unchanged, 0 removed \(from modules\.yaml\)\n$/);
    expect(await readTree(join(cwd, 'gen'))).to.have.property(MANIFEST_NAME);
    const second = await generateIn(cwd, '--out', 'gen');
    expect(second.out).to.match(/^gen: 0 written, \d+ unchanged, 0 removed \(from modules\.yaml\)\n$/);
  });

  it('writes generated/ next to the config file by default', async () => {
    const cwd = await makeTempDir();
    await mkdir(join(cwd, 'project'));
    await copyFile(DEFAULT_CONFIG, join(cwd, 'project/modules.yaml'));
    const result = await generateIn(cwd, '--config', 'project/modules.yaml');
    expect(result.code).to.equal(0);
    expect(result.out).to.match(/^project\/generated: /);
    expect(await readTree(join(cwd, 'project/generated'))).to.have.property(MANIFEST_NAME);
  });

  it('prints the diagnostics of invalid input like validate does, exits 1 and writes nothing; a missing config exits 2', async () => {
    const cwd = await makeTempDir();
    await writeFile(join(cwd, 'modules.yaml'), 'project: [\n');
    const broken = await generateIn(cwd, '--config', 'modules.yaml', '--out', 'gen');
    expect(broken.code).to.equal(1);
    expect(broken.err).to.match(/modules\.yaml:\d+:\d+: error GH\d+: /);
    const missing = await generateIn(cwd, '--config', 'nope.yaml', '--out', 'gen');
    expect(missing.code).to.equal(2);
    expect(missing.err).to.equal('nope.yaml: error GH001: cannot read nope.yaml: file not found\n');
    expect(await readTree(cwd)).to.deep.equal({ 'modules.yaml': 'project: [\n' });
  });

  it('exits 1 naming every refused file, writes nothing, and goes ahead with --force', async () => {
    const cwd = await makeProjectDir();
    await generateIn(cwd, '--out', 'gen');
    await writeFile(join(cwd, 'gen', MANIFEST_NAME), 'edited by hand\n');
    const refused = await generateIn(cwd, '--out', 'gen');
    expect(refused.code).to.equal(1);
    expect(refused.out).to.equal('');
    expect(refused.err).to.match(/^gen: 1 problem, nothing was written:\n {2}gen\/\.gatehouse-manifest\.json: edited by hand: it cannot be read/);
    expect(await readFile(join(cwd, 'gen', MANIFEST_NAME), 'utf8')).to.equal('edited by hand\n');
    const forced = await generateIn(cwd, '--out', 'gen', '--force');
    expect(forced.code).to.equal(0);
  });

  it('exits 1 when the output directory is a symlink', async () => {
    const cwd = await makeProjectDir();
    await mkdir(join(cwd, 'real'));
    await symlink(join(cwd, 'real'), join(cwd, 'gen'));
    const result = await generateIn(cwd, '--out', 'gen');
    expect(result.code).to.equal(1);
    expect(result.err).to.include('is a symbolic link');
    expect(await readTree(join(cwd, 'real'))).to.deep.equal({});
  });
});
