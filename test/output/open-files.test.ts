// Under a low open-files limit (`ulimit -n 256`; 1024 is common on CI runners), generate,
// regenerate and check a tree of far more files than that. The writer once opened every file at
// once and failed with EMFILE.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { scaleModulesYaml } from '../../bench/scale-config.js';
import { DEFAULT_CONFIG, PACKAGE_ROOT } from '../../src/util/paths.js';
import { makeTempDir, removeTempDirs } from './temp-dir.js';

const BIN = join(PACKAGE_ROOT, 'dist/src/cli/bin.js');
const LIMIT = 256;

describe('output writer: a low open-files limit', () => {
  after(removeTempDirs);

  it(`generates, regenerates and checks ${LIMIT * 2}+ files under ulimit -n ${LIMIT}`, async function () {
    this.timeout(300_000);
    const dir = await makeTempDir();
    await writeFile(join(dir, 'modules.yaml'), scaleModulesYaml(await readFile(DEFAULT_CONFIG, 'utf8'), 30));
    for (const command of ['generate', 'generate', 'check']) {
      const run = spawnSync('bash', ['-c', `ulimit -n ${LIMIT} && exec "$@"`, 'bash', process.execPath, BIN, command, '--config', 'modules.yaml'], { cwd: dir, encoding: 'utf8' });
      expect(run.status, `${command}: ${run.stderr}`).to.equal(0);
    }
    const files = await readdir(join(dir, 'generated'), { recursive: true, withFileTypes: true });
    expect(files.filter((entry) => entry.isFile()).length).to.be.greaterThan(LIMIT * 2);
  });
});
