// One generate at a time per output directory, with real processes: a second generate while one
// writes is refused with who holds the lock; a lock whose process is gone is taken over; a lock
// from another host is never broken automatically.
import { expect } from 'chai';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { generateOutput } from '../../src/app/generate.js';
import type { GenerateResult } from '../../src/app/generate.js';
import { LOCK_NAME } from '../../src/output/lock.js';
import { PACKAGE_ROOT } from '../../src/util/paths.js';
import { SMALL_CONFIG } from '../emit/jenkinsfile/support.js';
import { makeTempDir, readTree, removeTempDirs } from './temp-dir.js';

const CHILD = join(PACKAGE_ROOT, 'dist/test/output/writer-child.js');

function generate(outDir: string, mode: 'write' | 'check' = 'write'): Promise<GenerateResult> {
  return generateOutput({ config: { path: SMALL_CONFIG, displayName: 'modules.yaml' }, outDir, mode });
}

async function waitFor(path: string): Promise<void> {
  for (let i = 0; i < 3000 && !existsSync(path); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  if (!existsSync(path)) throw new Error(`${path} never appeared`);
}

/** The pid of a process that has exited, for a lock whose owner is gone. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('output writer: the lock', () => {
  afterEach(removeTempDirs);

  it('refuses a second generate (and a check) while one is writing, naming its pid and host', async function () {
    this.timeout(120_000);
    const out = join(await makeTempDir(), 'generated');
    const child = spawn(process.execPath, [CHILD, SMALL_CONFIG, out, 'staged', '1', 'pause'], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await waitFor(`${out}.paused`);
    const second = await generate(out);
    expect(second.output?.refusals.map((r) => r.path)).to.deep.equal([LOCK_NAME]);
    expect(second.output?.refusals[0]?.reason).to.equal(
      `another gatehouse generate (pid ${child.pid} on ${hostname()}) is writing this directory; run again when it has finished, or, if no such process exists, remove ${join(out, LOCK_NAME)}`,
    );
    expect((await generate(out, 'check')).output?.refusals.map((r) => r.path)).to.deep.equal([LOCK_NAME]);
    await writeFile(`${out}.go`, '');
    expect(await exited).to.equal(0);
    expect((await generate(out, 'check')).output?.report?.files).to.deep.equal([]);
    expect(await readTree(out)).not.to.have.property(LOCK_NAME);
  });

  it('takes over the lock of a process that is gone, and check names it as a leftover', async () => {
    const out = join(await makeTempDir(), 'generated');
    await generate(out);
    await writeFile(join(out, LOCK_NAME), JSON.stringify({ pid: deadPid(), host: hostname(), token: 'crashed' }));
    const checked = (await generate(out, 'check')).output?.report?.files ?? [];
    expect(checked.map((f) => [f.path, f.status])).to.deep.equal([[LOCK_NAME, 'leftover']]);
    expect((await generate(out)).output?.refusals).to.deep.equal([]);
    expect(existsSync(join(out, LOCK_NAME))).to.equal(false);
  });

  it('never breaks a lock of another host, or one it cannot read, and says how to remove it', async () => {
    const out = join(await makeTempDir(), 'generated');
    await generate(out);
    const locks: [string, RegExp][] = [
      [JSON.stringify({ pid: deadPid(), host: 'ci-runner-7', token: 'x' }), /pid \d+ on ci-runner-7\) is writing this directory/],
      ['garbage', /\.gatehouse-lock is not a lock gatehouse wrote/],
    ];
    for (const [content, message] of locks) {
      await writeFile(join(out, LOCK_NAME), content);
      const refused = await generate(out);
      expect(refused.output?.refusals[0]?.reason).to.match(message).and.to.include(`remove ${join(out, LOCK_NAME)}`);
      expect(await readFile(join(out, LOCK_NAME), 'utf8')).to.equal(content);
    }
  });
});
