// kill -9 at every step of a regenerate, in a real process. Afterwards check must fail (the tree
// is half old, half new, and the interrupted run's leftovers are named), and the next generate
// must converge without --force, with the new config or with the old one.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { generateOutput } from '../../src/app/generate.js';
import type { GenerateResult } from '../../src/app/generate.js';
import { PACKAGE_ROOT } from '../../src/util/paths.js';
import { SMALL_CONFIG } from '../emit/jenkinsfile/support.js';
import { makeTempDir, readTree, removeTempDirs } from './temp-dir.js';

const CHILD = join(PACKAGE_ROOT, 'dist/test/output/writer-child.js');

/** The small fixture changed in every way a regenerate handles: rewrites, a removed and an added module. */
async function changedConfig(dir: string): Promise<string> {
  const document = parseDocument(await readFile(SMALL_CONFIG, 'utf8'));
  // Every Jenkinsfile changes. Not through the library version: library-versions.json keeps every
  // version generated before, so a rerun with the old config rightly keeps the new version's entry.
  document.setIn(['project', 'jenkins', 'buildTimeoutMinutes'], 90);
  const renderWorker = document.getIn(['modules', 'render-worker']) as object;
  document.deleteIn(['modules', 'render-worker']);
  document.setIn(['modules', 'billing'], renderWorker);
  const path = join(dir, 'changed.yaml');
  await writeFile(path, document.toString());
  return path;
}

function generate(config: string, outDir: string, mode: 'write' | 'check' = 'write'): Promise<GenerateResult> {
  return generateOutput({ config: { path: config, displayName: 'modules.yaml' }, outDir, mode });
}

/** What generate writes for `config` into an empty directory. */
async function freshTree(config: string): Promise<Record<string, string>> {
  const out = join(await makeTempDir(), 'fresh');
  await generate(config, out);
  return readTree(out);
}

const KILL_POINTS: [string, number][] = [
  ['staged', 1],
  ['staged', 20],
  ['pending', 1],
  ['renamed', 1],
  ['renamed', 10],
  ['removed', 1],
  ['manifest', 1],
];

describe('output writer: a generate killed at any point', () => {
  after(removeTempDirs);

  for (const [step, count] of KILL_POINTS) {
    it(`converges after kill -9 at ${step} #${count}, with the new config and with the old one, without --force`, async function () {
      this.timeout(120_000);
      const dir = await makeTempDir();
      const [oldConfig, newConfig] = [SMALL_CONFIG, await changedConfig(dir)];
      const out = join(dir, 'generated');
      expect((await generate(oldConfig, out)).output?.refusals).to.deep.equal([]);
      const child = spawnSync(process.execPath, [CHILD, newConfig, out, step, String(count), 'kill'], { encoding: 'utf8' });
      expect(child.signal, `${child.stdout}${child.stderr}`).to.equal('SIGKILL');

      const checked = (await generate(newConfig, out, 'check')).output?.report?.files ?? [];
      expect(checked.length, 'check fails after the crash').to.be.greaterThan(0);
      expect(checked.filter((f) => f.status === 'hand-edited'), 'nothing looks hand-edited').to.deep.equal([]);
      const leftovers = checked.filter((f) => f.status === 'leftover').map((f) => f.path);
      expect(leftovers, 'the lock of the dead run and its staging directory are named').to.include('.gatehouse-lock');
      expect(leftovers.some((path) => path.startsWith('.gatehouse-staging-'))).to.equal(true);

      for (const config of [newConfig, oldConfig]) {
        const copy = join(dir, config === newConfig ? 'rerun-new' : 'rerun-old');
        await cp(out, copy, { recursive: true });
        const rerun = await generate(config, copy);
        expect(rerun.output?.refusals, config).to.deep.equal([]);
        expect(await readTree(copy), `${config}: the same tree as a generate from nothing`).to.deep.equal(await freshTree(config));
        expect((await generate(config, copy, 'check')).output?.report?.files, config).to.deep.equal([]);
      }
    });
  }

  // A first generate has no old manifest to fall back on: the pending one must own what was moved.
  for (const count of [1, 60]) {
    it(`converges after kill -9 at renamed #${count} of a first generate into an empty directory`, async function () {
      this.timeout(120_000);
      const out = join(await makeTempDir(), 'generated');
      const child = spawnSync(process.execPath, [CHILD, SMALL_CONFIG, out, 'renamed', String(count), 'kill'], { encoding: 'utf8' });
      expect(child.signal, `${child.stdout}${child.stderr}`).to.equal('SIGKILL');
      const moved = Object.keys(await readTree(out)).filter((path) => !path.startsWith('.gatehouse-'));
      expect(moved.length, 'some files were moved in').to.equal(count);

      const checked = (await generate(SMALL_CONFIG, out, 'check')).output?.report?.files ?? [];
      expect(checked.filter((f) => f.status === 'hand-edited'), 'nothing looks hand-edited').to.deep.equal([]);
      expect(checked.filter((f) => f.status === 'missing').length, 'the files not moved yet are missing').to.be.greaterThan(0);
      const leftovers = checked.filter((f) => f.status === 'leftover').map((f) => f.path);
      expect(leftovers).to.include.members(['.gatehouse-lock', '.gatehouse-manifest.pending.json']);
      expect(leftovers.some((path) => path.startsWith('.gatehouse-staging-'))).to.equal(true);

      expect((await generate(SMALL_CONFIG, out)).output?.refusals).to.deep.equal([]);
      expect(await readTree(out), 'the same tree as a generate from nothing').to.deep.equal(await freshTree(SMALL_CONFIG));
      expect((await generate(SMALL_CONFIG, out, 'check')).output?.report?.files).to.deep.equal([]);
    });
  }
});
