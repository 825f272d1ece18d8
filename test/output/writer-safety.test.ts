import { expect } from 'chai';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { toFileSet } from '../../src/emit/types.js';
import { MANIFEST_NAME, renderManifest, sha256Hex } from '../../src/output/manifest.js';
import { unsafeOutDirReason, unsafePathReason } from '../../src/output/safe-path.js';
import { OutputIoError } from '../../src/output/io-error.js';
import { assertInsideTempDir, makeTempDir, readTree, removeTempDirs, writeOutputInTemp } from './temp-dir.js';

describe('output writer: never outside the output directory', () => {
  afterEach(removeTempDirs);

  const unsafe: [string, RegExp][] = [
    ['../escape.txt', /escapes/],
    ['a/../../escape.txt', /escapes/],
    ['/etc/passwd', /absolute/],
    ['C:/x', /absolute/],
    ['a\\..\\b', /backslash/],
    ['a//b', /empty/],
    ['./a', /`\.`/],
    ['', /empty/],
  ];
  for (const [path, reason] of unsafe) {
    it(`rejects the output path ${JSON.stringify(path)}`, () => {
      expect(unsafePathReason(path)).to.match(reason);
    });
  }

  it('refuses a FileSet path that escapes, and writes nothing, inside or outside', async () => {
    const root = await makeTempDir();
    const out = join(root, 'generated');
    const files = toFileSet([{ path: '../escape.txt', content: 'x' }, { path: 'ok.txt', content: 'ok' }]);
    const result = await writeOutputInTemp(out, files, { mode: 'write', force: true });
    expect(result.refusals.map((r) => [r.path, r.forceable])).to.deep.equal([['../escape.txt', false]]);
    expect(await readTree(root)).to.deep.equal({});
  });

  it('refuses to write through a symlinked directory inside the output dir, even with --force', async () => {
    const root = await makeTempDir();
    const out = join(root, 'generated');
    await mkdir(join(root, 'elsewhere'));
    await mkdir(out);
    await symlink(join(root, 'elsewhere'), join(out, 'library'));
    const result = await writeOutputInTemp(out, toFileSet([{ path: 'library/vars/x.groovy', content: 'x' }]), { mode: 'write', force: true });
    expect(result.refusals.map((r) => r.reason)).to.deep.equal(['cannot write it: library is a symbolic link (it may lead outside the output directory)']);
    expect(await readTree(join(root, 'elsewhere'))).to.deep.equal({});
  });

  it('refuses to replace a file that is a symlink', async () => {
    const root = await makeTempDir();
    const out = join(root, 'generated');
    await mkdir(out);
    await writeFile(join(root, 'secret.txt'), 'keep');
    await symlink(join(root, 'secret.txt'), join(out, 'README.md'));
    const result = await writeOutputInTemp(out, toFileSet([{ path: 'README.md', content: 'x' }]), { mode: 'write', force: true });
    expect(result.refusals).to.have.length(1);
    expect(await readFile(join(root, 'secret.txt'), 'utf8')).to.equal('keep');
  });

  it('never removes a file outside the output dir that a tampered manifest lists, even with --force', async () => {
    const root = await makeTempDir();
    const out = join(root, 'generated');
    await mkdir(out);
    await writeFile(join(root, 'victim.txt'), 'keep');
    await writeFile(join(out, MANIFEST_NAME), renderManifest([{ path: '../victim.txt', sha256: sha256Hex('keep') }]));
    const refused = await writeOutputInTemp(out, [], { mode: 'write' });
    expect(refused.refusals.map((r) => r.path)).to.deep.equal([MANIFEST_NAME]);
    expect(refused.refusals[0]?.reason).to.include('"../victim.txt"');
    const forced = await writeOutputInTemp(out, [], { mode: 'write', force: true });
    expect(forced.removed).to.deep.equal([]);
    expect(await readFile(join(root, 'victim.txt'), 'utf8')).to.equal('keep');
    expect(await readFile(join(out, MANIFEST_NAME), 'utf8')).not.to.include('victim');
  });

  it('never removes an orphan through a symlinked directory', async () => {
    const root = await makeTempDir();
    const out = join(root, 'generated');
    await mkdir(join(root, 'elsewhere'));
    await writeFile(join(root, 'elsewhere/x.txt'), 'x');
    await mkdir(out);
    await symlink(join(root, 'elsewhere'), join(out, 'library'));
    await writeFile(join(out, MANIFEST_NAME), renderManifest([{ path: 'library/x.txt', sha256: sha256Hex('x') }]));
    const result = await writeOutputInTemp(out, [], { mode: 'write', force: true });
    expect(result.refusals.map((r) => r.path)).to.deep.equal(['library/x.txt']);
    expect(await readFile(join(root, 'elsewhere/x.txt'), 'utf8')).to.equal('x');
  });

  it('refuses an output directory that is a symlink to elsewhere, in both modes', async () => {
    const root = await makeTempDir();
    await mkdir(join(root, 'real'));
    await symlink(join(root, 'real'), join(root, 'generated'));
    const files = toFileSet([{ path: 'a.txt', content: 'a' }]);
    for (const mode of ['write', 'check'] as const) {
      const result = await writeOutputInTemp(join(root, 'generated'), files, { mode, force: true });
      expect(result.refusals.map((r) => r.reason)).to.deep.equal([
        `refusing to use the output directory ${join(root, 'generated')}: it is a symbolic link; pass the real directory with --out`,
      ]);
    }
    expect(await readTree(join(root, 'real'))).to.deep.equal({});
  });

  it('refuses the filesystem root and protected directories such as the home directory', async () => {
    expect(await unsafeOutDirReason('/', [])).to.equal('it is the filesystem root');
    expect(await unsafeOutDirReason(homedir(), [homedir()])).to.match(/^it is /);
    const protectedDir = await makeTempDir();
    const result = await writeOutputInTemp(protectedDir, toFileSet([{ path: 'a.txt', content: 'a' }]), {
      mode: 'write',
      protectedDirs: [protectedDir],
    });
    expect(result.refusals).to.have.length(1);
    expect(await readTree(protectedDir)).to.deep.equal({});
  });

  it('reports a disk failure as an OutputIoError naming the path, not as a bug', async () => {
    const out = join(await makeTempDir(), 'generated');
    let failure: unknown;
    await writeOutputInTemp(out, toFileSet([{ path: 'x'.repeat(300), content: 'x' }]), { mode: 'write' }).catch((e: unknown) => (failure = e));
    expect(failure).to.be.instanceOf(OutputIoError);
    expect(String(failure)).to.match(/^OutputIoError: cannot write the output directory: ENAMETOOLONG: .*x{300}/);
    expect(await readTree(out), 'the temporary file is gone too').to.deep.equal({});
  });

  it('refuses an output directory below a file, and one that contains a protected directory', async () => {
    const root = await makeTempDir();
    await writeFile(join(root, 'file.txt'), 'x');
    expect(await unsafeOutDirReason(join(root, 'file.txt/gen'), [])).to.match(/ENOTDIR.*parent of it a file/);
    await mkdir(join(root, 'home/me'), { recursive: true });
    expect(await unsafeOutDirReason(join(root, 'home'), [join(root, 'home/me')])).to.match(/^it contains /);
  });

  it('has a test guard that refuses directories outside the system temp dir', async () => {
    let failure: unknown;
    // The file system root is outside the temp dir wherever the checkout lives (CI may clone into /tmp).
    await assertInsideTempDir('/').catch((error: unknown) => (failure = error));
    expect(String(failure)).to.include('refusing to run a writer test outside');
  });
});
