// What merges and interrupted runs leave in the tree: git conflict markers are not hand edits,
// and leftovers of an interrupted generate are named by check and removed by generate.
import { expect } from 'chai';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileSet } from '../../src/emit/types.js';
import { toFileSet } from '../../src/emit/types.js';
import { MANIFEST_NAME } from '../../src/output/manifest.js';
import { renderSummary } from '../../src/output/render-result.js';
import { makeTempDir, readTree, removeTempDirs, writeOutputInTemp } from './temp-dir.js';

const FILES: FileSet = toFileSet([
  { path: 'README.md', content: '# overview\nmodules: a\n' },
  { path: 'modules/a/Jenkinsfile', content: 'pipeline a\n' },
]);

const CONFLICTED = '# overview\n<<<<<<< HEAD\nmodules: a, b\n=======\nmodules: a, c\n>>>>>>> feature/c\n';

async function generated(): Promise<string> {
  const out = join(await makeTempDir(), 'generated');
  expect((await writeOutputInTemp(out, FILES, { mode: 'write' })).refusals).to.deep.equal([]);
  return out;
}

describe('output writer: merges and interrupted runs', () => {
  afterEach(removeTempDirs);

  it('regenerates a file of its own holding git conflict markers without --force, and says so', async () => {
    const out = await generated();
    await writeFile(join(out, 'README.md'), CONFLICTED);
    const checked = await writeOutputInTemp(out, FILES, { mode: 'check' });
    expect(checked.report?.files.map((f) => [f.path, f.status])).to.deep.equal([['README.md', 'conflicted']]);
    const result = await writeOutputInTemp(out, FILES, { mode: 'write' });
    expect(result.refusals).to.deep.equal([]);
    expect(result.conflicted).to.deep.equal(['README.md']);
    expect(renderSummary('generated', result)).to.equal(
      'generated: 1 written, 1 unchanged, 0 removed\n  1 file had git merge conflict markers (a merge, not a hand edit) and was regenerated: README.md\n',
    );
    expect(await readFile(join(out, 'README.md'), 'utf8')).to.equal(FILES[0]?.content);
  });

  it('still refuses a file it never wrote, conflict markers or not', async () => {
    const out = join(await makeTempDir(), 'generated');
    await mkdir(out);
    await writeFile(join(out, 'README.md'), CONFLICTED);
    const result = await writeOutputInTemp(out, FILES, { mode: 'write' });
    expect(result.refusals.map((r) => r.path)).to.deep.equal(['README.md']);
  });

  it('reads a manifest with conflict markers as both sides, and rewrites it without --force', async () => {
    const out = await generated();
    const manifest = await readFile(join(out, MANIFEST_NAME), 'utf8');
    const theirs = manifest.replace(/("path": "README.md", "sha256": ")[0-9a-f]{64}/, `$1${'0'.repeat(64)}`);
    const readmeLine = (text: string) => text.split('\n').find((line) => line.includes('"README.md"')) ?? '';
    await writeFile(join(out, MANIFEST_NAME), manifest.replace(readmeLine(manifest), `<<<<<<< HEAD\n${readmeLine(manifest)}\n=======\n${readmeLine(theirs)}\n>>>>>>> theirs`));
    const result = await writeOutputInTemp(out, FILES, { mode: 'write' });
    expect(result.refusals).to.deep.equal([]);
    expect(result.conflicted).to.deep.equal([MANIFEST_NAME]);
    expect(await readFile(join(out, MANIFEST_NAME), 'utf8')).to.equal(manifest);
  });

  it('names temp files of older gatehouse versions as leftovers in check, and generate removes them', async () => {
    const out = await generated();
    const temp = 'modules/a/.gatehouse-0123456789ab.tmp';
    await writeFile(join(out, temp), 'half a Jenkinsfile');
    await writeFile(join(out, 'modules/a/.gatehouse-notes.txt'), 'a file of the user');
    const checked = await writeOutputInTemp(out, FILES, { mode: 'check' });
    expect(checked.report?.files.map((f) => [f.path, f.status])).to.deep.equal([[temp, 'leftover']]);
    const result = await writeOutputInTemp(out, FILES, { mode: 'write' });
    expect(result.leftovers).to.deep.equal([temp]);
    expect(renderSummary('generated', result)).to.include(`finished after an interrupted generate, and removed what it left: ${temp}`);
    expect(Object.keys(await readTree(out))).to.deep.equal([MANIFEST_NAME, 'README.md', 'modules/a/.gatehouse-notes.txt', 'modules/a/Jenkinsfile']);
  });
});
