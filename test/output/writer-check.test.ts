import { expect } from 'chai';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileSet } from '../../src/emit/types.js';
import { toFileSet } from '../../src/emit/types.js';
import { MANIFEST_NAME } from '../../src/output/manifest.js';
import { makeTempDir, readTree, removeTempDirs, writeOutputInTemp } from './temp-dir.js';

const FILES: FileSet = toFileSet([
  { path: 'README.md', content: '# overview\n' },
  { path: 'modules/auth/Jenkinsfile', content: 'line 1\nline 2\nline 3\n' },
]);

async function generated(): Promise<string> {
  const out = join(await makeTempDir(), 'generated');
  await writeOutputInTemp(out, FILES, { mode: 'write' });
  return out;
}

async function check(out: string, files: FileSet = FILES) {
  const before = await readTree(out);
  const result = await writeOutputInTemp(out, files, { mode: 'check' });
  expect(await readTree(out), 'check must write nothing').to.deep.equal(before);
  return result.report?.files.map(({ path, status }) => [path, status]);
}

describe('output writer: check mode', () => {
  afterEach(removeTempDirs);

  it('finds nothing when the output is exactly what write produces', async () => {
    expect(await check(await generated())).to.deep.equal([]);
  });

  it('reports every file and the manifest as missing in an empty output dir, and creates nothing', async () => {
    const root = await makeTempDir();
    expect(await check(join(root, 'generated'))).to.deep.equal([
      [MANIFEST_NAME, 'missing'],
      ['README.md', 'missing'],
      ['modules/auth/Jenkinsfile', 'missing'],
    ]);
    expect(await readTree(root)).to.deep.equal({});
  });

  it('reports a file gatehouse wrote that is out of date as stale, with a unified diff', async () => {
    const out = await generated();
    const next = toFileSet([FILES[0]!, { path: 'modules/auth/Jenkinsfile', content: 'line 1\nline two\nline 3\n' }]);
    const result = await writeOutputInTemp(out, next, { mode: 'check' });
    const files = result.report?.files ?? [];
    expect(files.map((f) => [f.path, f.status])).to.deep.equal([
      [MANIFEST_NAME, 'stale'],
      ['modules/auth/Jenkinsfile', 'stale'],
    ]);
    expect(files[1]?.diff).to.equal(
      '--- a/modules/auth/Jenkinsfile\n+++ b/modules/auth/Jenkinsfile\n@@ -1,3 +1,3 @@\n line 1\n-line 2\n+line two\n line 3\n',
    );
  });

  it('reports a file edited by hand as hand-edited, even when modules.yaml did not change', async () => {
    const out = await generated();
    await writeFile(join(out, 'README.md'), '# overview, edited\n');
    expect(await check(out)).to.deep.equal([['README.md', 'hand-edited']]);
  });

  it('reports a file of the user in the way as hand-edited', async () => {
    const out = await generated();
    await rm(join(out, MANIFEST_NAME));
    await writeFile(join(out, 'README.md'), 'mine\n');
    expect(await check(out)).to.deep.equal([
      [MANIFEST_NAME, 'missing'],
      ['README.md', 'hand-edited'],
    ]);
  });

  it('reports an orphan as orphaned, and a hand-edited orphan as hand-edited', async () => {
    const out = await generated();
    expect(await check(out, [FILES[1]!])).to.deep.equal([
      [MANIFEST_NAME, 'stale'],
      ['README.md', 'orphaned'],
    ]);
    await writeFile(join(out, 'README.md'), 'edited\n');
    expect(await check(out, [FILES[1]!])).to.deep.equal([
      [MANIFEST_NAME, 'stale'],
      ['README.md', 'hand-edited'],
    ]);
  });

  it('reports a tampered manifest as hand-edited', async () => {
    const out = await generated();
    await writeFile(join(out, MANIFEST_NAME), '[]');
    expect(await check(out)).to.deep.equal([[MANIFEST_NAME, 'hand-edited']]);
  });

  it('lists as refusals only what --force would not fix', async () => {
    const out = await generated();
    await rm(join(out, 'modules'), { recursive: true });
    await mkdir(join(out, 'modules/auth/Jenkinsfile'), { recursive: true });
    await writeFile(join(out, 'README.md'), 'edited\n');
    const result = await writeOutputInTemp(out, FILES, { mode: 'check' });
    expect(result.refusals.map((r) => [r.path, r.reason])).to.deep.equal([
      ['modules/auth/Jenkinsfile', 'cannot write it: modules/auth/Jenkinsfile is not a regular file'],
    ]);
    expect(result.report?.files.map((f) => f.status)).to.deep.equal(['hand-edited']);
  });
});
