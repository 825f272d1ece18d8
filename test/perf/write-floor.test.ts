// The benchmark's write floor (bench/write-floor.ts) must write the tree it is given, no more, or
// its rows would not measure what generate's writer does.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FloorMode, ListedFile } from '../../bench/write-floor.js';
import { listFiles } from '../../bench/write-floor.js';
import { PACKAGE_ROOT } from '../../src/util/paths.js';
import { CACHE_DIR } from '../../src/output/stat-cache.js';
import { listDirs, makeTempDir, readTree, removeTempDirs } from '../output/temp-dir.js';

const WRITE_FLOOR = join(PACKAGE_ROOT, 'dist/bench/write-floor.js');

function makeTree(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

describe('bench: write floor', () => {
  after(removeTempDirs);

  it('lists every file of a tree with its size, leaving out the stat cache', async () => {
    const root = await makeTempDir();
    makeTree(root, { 'README.md': 'hello', 'modules/a/chart/values.yaml': 'x: 1\n', [`${CACHE_DIR}/stamps`]: '12345678', [`${CACHE_DIR}/deeper/more`]: '1' });
    const listed = listFiles(root, CACHE_DIR).sort(([a], [b]) => (a < b ? -1 : 1));
    expect(listed).to.deep.equal([
      ['README.md', 5],
      ['modules/a/chart/values.yaml', 5],
    ]);
  });

  for (const mode of ['staged', 'in-place'] as FloorMode[]) {
    it(`writes each listed path with its size, ${mode}, and leaves nothing else`, async () => {
      const dir = await makeTempDir();
      // In path order, as readTree lists a tree.
      const files: ListedFile[] = [
        ['Jenkinsfile', 0],
        ['modules/a/Jenkinsfile', 300],
        ['modules/a/chart/templates/tests/test.yaml', 70_000],
        ['modules/b/chart/values.yaml', 12],
      ];
      writeFileSync(join(dir, 'files.json'), JSON.stringify(files));
      execFileSync(process.execPath, [WRITE_FLOOR, join(dir, 'files.json'), join(dir, 'out'), mode]);
      const written = Object.entries(await readTree(join(dir, 'out'))).map(([path, content]) => [path, content.length]);
      expect(written).to.deep.equal(files);
      // No staging directory left, no other directory made.
      expect(await listDirs(join(dir, 'out'))).to.deep.equal(['modules', 'modules/a', 'modules/a/chart', 'modules/a/chart/templates', 'modules/a/chart/templates/tests', 'modules/b', 'modules/b/chart']);
    });
  }

  it('refuses a mode it does not know, with a usage line and exit 2', () => {
    let status: number | null = null;
    try {
      execFileSync(process.execPath, [WRITE_FLOOR, 'files.json', 'out', 'fast'], { stdio: 'pipe' });
    } catch (error) {
      status = (error as { status: number | null }).status;
    }
    expect(status).to.equal(2);
  });
});
