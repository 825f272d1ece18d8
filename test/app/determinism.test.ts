import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { generateOutput } from '../../src/app/generate.js';
import { MANIFEST_NAME } from '../../src/output/manifest.js';
import { DEFAULT_CONFIG, PACKAGE_ROOT } from '../../src/util/paths.js';
import { assertInsideTempDir, makeTempDir, readTree, removeTempDirs } from '../output/temp-dir.js';
import { SLOW_TEST_TIMEOUT_MS } from '../harness/timeouts.js';

const BIN = join(PACKAGE_ROOT, 'dist/src/cli/bin.js');

async function generateInProcess(): Promise<Record<string, string>> {
  const out = join(await makeTempDir(), 'generated');
  const result = await generateOutput({ config: { path: DEFAULT_CONFIG, displayName: 'modules.yaml' }, outDir: out, mode: 'write' });
  expect(result.output?.refusals).to.deep.equal([]);
  return readTree(out);
}

/** The built CLI in a child process, so TZ, locale and cwd really differ. */
async function generateInChild(cwd: string, env: Record<string, string>): Promise<Record<string, string>> {
  const out = join(await makeTempDir(), 'generated');
  await assertInsideTempDir(out);
  for (const command of ['generate', 'check']) {
    const child = spawnSync(process.execPath, [BIN, command, '--out', out], { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
    expect(child.status, `${command} in ${cwd} with ${JSON.stringify(env)}: ${child.stderr}`).to.equal(0);
  }
  return readTree(out);
}

describe('app: generate is deterministic', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS); // runs the built CLI several times
  afterEach(removeTempDirs);

  it('writes byte-identical trees on two runs from the repository modules.yaml', async () => {
    const first = await generateInProcess();
    expect(first).to.have.property(MANIFEST_NAME);
    expect(await generateInProcess()).to.deep.equal(first);
  });

  it('writes the same bytes from the built CLI across working directories, time zones and locales', async () => {
    const expected = await generateInProcess();
    const somewhere = join(await makeTempDir(), 'deep/er');
    await mkdir(somewhere, { recursive: true });
    // Outside the repository the config comes from GATEHOUSE_CONFIG, as in a pipeline's workspace.
    const runs: [string, Record<string, string>][] = [
      [PACKAGE_ROOT, { TZ: 'UTC', LC_ALL: 'C' }],
      [somewhere, { TZ: 'Asia/Kolkata', LC_ALL: 'tr_TR.UTF-8', LANG: 'tr_TR.UTF-8', GATEHOUSE_CONFIG: DEFAULT_CONFIG }],
      [await makeTempDir(), { TZ: 'America/Los_Angeles', LC_ALL: 'de_DE.UTF-8', LANG: 'de_DE.UTF-8', GATEHOUSE_CONFIG: DEFAULT_CONFIG }],
    ];
    for (const [cwd, env] of runs) {
      expect(await generateInChild(cwd, env), `cwd ${cwd}, ${JSON.stringify(env)}`).to.deep.equal(expected);
    }
  });
});
