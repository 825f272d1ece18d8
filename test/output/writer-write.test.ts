import { expect } from 'chai';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileSet } from '../../src/emit/types.js';
import { toFileSet } from '../../src/emit/types.js';
import { MANIFEST_NAME, parseManifest, sha256Hex } from '../../src/output/manifest.js';
import { listDirs, makeTempDir, readTree, removeTempDirs, writeOutputInTemp } from './temp-dir.js';

const FILES: FileSet = toFileSet([
  { path: 'README.md', content: '# overview\n' },
  { path: 'library/vars/deploy.groovy', content: '// deploy\ndef call(Map args) {}\n' },
  { path: 'modules/auth/Jenkinsfile', content: '// auth\npipeline {}\n' },
]);

function withContent(files: FileSet, path: string, content: string): FileSet {
  return toFileSet(files.map((file) => (file.path === path ? { path, content } : file)));
}

async function generated(): Promise<string> {
  const out = join(await makeTempDir(), 'generated');
  const result = await writeOutputInTemp(out, FILES, { mode: 'write' });
  expect(result.refusals).to.deep.equal([]);
  return out;
}

describe('output writer: write mode', () => {
  afterEach(removeTempDirs);

  it('writes every file, creating parent directories, and a manifest of their hashes', async () => {
    const out = join(await makeTempDir(), 'generated');
    const result = await writeOutputInTemp(out, FILES, { mode: 'write' });
    expect(result.written).to.deep.equal(FILES.map((f) => f.path));
    const tree = await readTree(out);
    expect(Object.keys(tree)).to.deep.equal([MANIFEST_NAME, 'README.md', 'library/vars/deploy.groovy', 'modules/auth/Jenkinsfile']);
    for (const file of FILES) expect(tree[file.path]).to.equal(file.content);
  });

  it('keeps a manifest that lists every owned file sorted with its SHA-256, not itself, and says why JSON needs it', async () => {
    const out = await generated();
    const text = await readFile(join(out, MANIFEST_NAME), 'utf8');
    expect(parseManifest(text)).to.deep.equal({
      manifest: { entries: FILES.map((f) => ({ path: f.path, sha256: sha256Hex(f.content) })), seals: [] },
      conflicted: false,
    });
    expect(text).to.match(/JSON files carry no generated-file header/);
    expect(text).not.to.include(`"${MANIFEST_NAME}"`);
  });

  it('leaves identical files alone on a second run', async () => {
    const out = await generated();
    const result = await writeOutputInTemp(out, FILES, { mode: 'write' });
    expect({ written: result.written, unchanged: result.unchanged, removed: result.removed }).to.deep.equal({
      written: [],
      unchanged: FILES.map((f) => f.path),
      removed: [],
    });
  });

  it('rewrites a stale file it wrote itself', async () => {
    const out = await generated();
    const next = withContent(FILES, 'README.md', '# overview v2\n');
    const result = await writeOutputInTemp(out, next, { mode: 'write' });
    expect(result.written).to.deep.equal(['README.md']);
    expect(await readFile(join(out, 'README.md'), 'utf8')).to.equal('# overview v2\n');
    expect(await readFile(join(out, MANIFEST_NAME), 'utf8')).to.include(sha256Hex('# overview v2\n'));
  });

  it('refuses to overwrite a hand-edited file, names it, and writes nothing at all', async () => {
    const out = await generated();
    await writeFile(join(out, 'modules/auth/Jenkinsfile'), '// auth\npipeline { hotfix }\n');
    const before = await readTree(out);
    const next = toFileSet([
      ...withContent(FILES, 'README.md', '# overview v2\n').filter((f) => f.path !== 'modules/auth/Jenkinsfile'),
      { path: 'modules/auth/Jenkinsfile', content: '// auth v2\n' },
      { path: 'modules/new/Jenkinsfile', content: '// new\n' },
    ]);
    const result = await writeOutputInTemp(out, next, { mode: 'write' });
    expect(result.refusals.map((r) => r.path)).to.deep.equal(['modules/auth/Jenkinsfile']);
    expect(result.refusals[0]?.reason).to.match(/edited by hand.*--force/);
    expect(result.written).to.deep.equal([]);
    expect(await readTree(out)).to.deep.equal(before);
  });

  it('overwrites a hand-edited file with --force', async () => {
    const out = await generated();
    await writeFile(join(out, 'modules/auth/Jenkinsfile'), 'hotfix\n');
    const result = await writeOutputInTemp(out, FILES, { mode: 'write', force: true });
    expect(result.refusals).to.deep.equal([]);
    expect(result.written).to.deep.equal(['modules/auth/Jenkinsfile']);
    expect(await readFile(join(out, 'modules/auth/Jenkinsfile'), 'utf8')).to.equal('// auth\npipeline {}\n');
  });

  it('refuses to overwrite a file of the user that is not in the manifest, unless --force', async () => {
    const out = join(await makeTempDir(), 'generated');
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'README.md'), 'my own notes\n');
    const refused = await writeOutputInTemp(out, FILES, { mode: 'write' });
    expect(refused.refusals.map((r) => [r.path, r.forceable])).to.deep.equal([['README.md', true]]);
    expect(refused.refusals[0]?.reason).to.include('not written by gatehouse');
    expect(await readTree(out)).to.deep.equal({ 'README.md': 'my own notes\n' });
    const forced = await writeOutputInTemp(out, FILES, { mode: 'write', force: true });
    expect(forced.refusals).to.deep.equal([]);
    expect(await readFile(join(out, 'README.md'), 'utf8')).to.equal('# overview\n');
  });

  it('never touches a file of the user that it would not overwrite', async () => {
    const out = await generated();
    await writeFile(join(out, 'library/NOTES.txt'), 'mine\n');
    const result = await writeOutputInTemp(out, FILES.filter((f) => !f.path.startsWith('library/')), { mode: 'write' });
    expect(result.removed).to.deep.equal(['library/vars/deploy.groovy']);
    expect(await readFile(join(out, 'library/NOTES.txt'), 'utf8')).to.equal('mine\n');
    expect(await listDirs(out)).to.deep.equal(['library', 'modules', 'modules/auth']);
  });

  it('removes orphans it owns and the directories they leave empty', async () => {
    const out = await generated();
    const result = await writeOutputInTemp(out, FILES.filter((f) => f.path !== 'modules/auth/Jenkinsfile'), { mode: 'write' });
    expect(result.removed).to.deep.equal(['modules/auth/Jenkinsfile']);
    expect(await listDirs(out)).to.deep.equal(['library', 'library/vars']);
    expect(await readFile(join(out, MANIFEST_NAME), 'utf8')).not.to.include('modules/auth');
  });

  it('refuses to remove a hand-edited orphan unless --force', async () => {
    const out = await generated();
    await writeFile(join(out, 'modules/auth/Jenkinsfile'), 'hotfix\n');
    const rest = FILES.filter((f) => f.path !== 'modules/auth/Jenkinsfile');
    const refused = await writeOutputInTemp(out, rest, { mode: 'write' });
    expect(refused.refusals.map((r) => r.path)).to.deep.equal(['modules/auth/Jenkinsfile']);
    expect(refused.refusals[0]?.reason).to.match(/refusing to remove it/);
    expect(await readFile(join(out, 'modules/auth/Jenkinsfile'), 'utf8')).to.equal('hotfix\n');
    const forced = await writeOutputInTemp(out, rest, { mode: 'write', force: true });
    expect(forced.removed).to.deep.equal(['modules/auth/Jenkinsfile']);
    expect(await listDirs(out)).to.deep.equal(['library', 'library/vars']);
  });

  it('forgets an orphan the user already deleted', async () => {
    const out = await generated();
    const { rm } = await import('node:fs/promises');
    await rm(join(out, 'modules'), { recursive: true });
    const result = await writeOutputInTemp(out, FILES.filter((f) => !f.path.startsWith('modules/')), { mode: 'write' });
    expect(result.refusals).to.deep.equal([]);
    expect(result.removed).to.deep.equal([]);
    expect(await readFile(join(out, MANIFEST_NAME), 'utf8')).not.to.include('modules/auth');
  });

  it('refuses to work from a manifest it cannot read, and rewrites it with --force', async () => {
    const out = await generated();
    await writeFile(join(out, MANIFEST_NAME), '{ not json');
    const refused = await writeOutputInTemp(out, FILES, { mode: 'write' });
    expect(refused.refusals.map((r) => r.path)).to.deep.equal([MANIFEST_NAME]);
    expect(refused.refusals[0]?.reason).to.include('cannot be read');
    const forced = await writeOutputInTemp(out, FILES, { mode: 'write', force: true });
    expect(forced.refusals).to.deep.equal([]);
    expect(parseManifest(await readFile(join(out, MANIFEST_NAME), 'utf8'))).to.have.nested.property('manifest.entries').with.length(3);
  });

  it('leaves no temporary files behind', async () => {
    const out = await generated();
    await writeOutputInTemp(out, withContent(FILES, 'README.md', 'v2\n'), { mode: 'write' });
    const names = await readdir(out, { recursive: true });
    expect(names.filter((name) => name.endsWith('.tmp'))).to.deep.equal([]);
  });
});
