// The stat cache lets an unchanged run trust a file's recorded hash after one lstat. It may only
// ever skip a read whose result it knows: every way of changing a file (keeping its size and
// mtime, swapping in another inode, copying the tree with its cache) must still be read and found.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, renameSync, statfsSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, stat, symlink, truncate, writeFile } from 'node:fs/promises';
import { release } from 'node:os';
import { join } from 'node:path';
import { MANIFEST_NAME, manifestFilesPart, parseManifest, sha256Hex, sortEntries } from '../../src/output/manifest.js';
import { CACHE_DIR, keepsCtime, showsEveryChange, StatCache, stampOf } from '../../src/output/stat-cache.js';
import { WrittenStamps } from '../../src/output/written-stamps.js';
import { generatedProject, reportedStatuses } from './generated-project.js';
import { makeTempDir, removeTempDirs } from './temp-dir.js';

const JENKINSFILE = 'modules/auth/Jenkinsfile';
const STAMPS = 'stamps';

/**
 * Lets the filesystem's clock move past the last change: ctimes come from a clock that ticks every
 * few milliseconds, and a file changed in the clock file's own tick is (rightly) never stamped.
 */
const nextTick = () => new Promise((done) => setTimeout(done, 50));

/** The key (the SHA-256 of the manifest's file list) and the sorted paths the stamps of `out` are numbered by. */
async function recorded(out: string) {
  const text = await readFile(join(out, MANIFEST_NAME), 'utf8');
  const parsed = parseManifest(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return { key: sha256Hex(manifestFilesPart(text)), paths: sortEntries(parsed.manifest.entries).map((entry) => entry.path) };
}

/** Which of the files of `out` the cache now holds a stamp for. */
async function stamped(out: string): Promise<string[]> {
  const { key, paths } = await recorded(out);
  const cache = StatCache.load(out, 'dir', key, paths.length);
  return paths.filter((path, index) => cache.holds(index, join(out, path)));
}

/** A stamp for `file` as if a run had read it and found its manifest hash, whatever it holds. */
async function forgeStamp(out: string, path: string): Promise<void> {
  const { key, paths } = await recorded(out);
  const cache = StatCache.load(out, 'dir', key, paths.length);
  const fd = openSync(join(out, path), 'r');
  const stats = cache.stampBeforeRead(fd);
  closeSync(fd);
  if (stats === undefined) throw new Error('a file changed before the clock file must be stampable');
  cache.record(paths.indexOf(path), stampOf(stats));
  cache.save();
}

/** The small fixture with auth's version bumped: auth's files change, the other modules' do not. */
const bumpAuth = (text: string) => text.replace('version: 3.1.0', 'version: 3.1.1');
const OTHER = 'modules/render-worker/Jenkinsfile';

/** Rewrites `file` with as many bytes and its mtime to the nanosecond: only its ctime (and content) tell. */
async function editKeepingSizeAndMtime(file: string): Promise<void> {
  const before = await stat(file, { bigint: true });
  await writeFile(file, changedText(await readFile(file, 'utf8')));
  keepMtime(file, before.mtimeNs);
  const after = await stat(file, { bigint: true });
  expect([after.size, after.mtimeNs]).to.deep.equal([before.size, before.mtimeNs]);
}

/** `text` with its first letter changed: as many bytes, other content. */
const changedText = (text: string) => text.replace(/[a-z]/, (c) => (c === 'x' ? 'y' : 'x'));

/** Sets the mtime of `file` to `mtimeNs` exactly (utimes takes milliseconds at best; touch takes nanoseconds). */
function keepMtime(file: string, mtimeNs: bigint): void {
  const seconds = mtimeNs / 1_000_000_000n;
  const nanos = String(mtimeNs % 1_000_000_000n).padStart(9, '0');
  execFileSync('touch', ['-m', '-d', `@${seconds}.${nanos}`, file]);
}

/** Whether generate stamps what it writes where the tests run (written-stamps.ts): Linux 6.13+ on ext4, xfs, btrfs or tmpfs. */
async function writesStamped(): Promise<boolean> {
  return showsEveryChange(process.platform, release(), statfsSync(await makeTempDir()).type);
}

describe('output: the stat cache of unchanged runs', () => {
  after(removeTempDirs);

  it('stamps every file a generate wrote (where the kernel allows), in a directory git ignores; the next unchanged run trusts them', async () => {
    const { dir, out, request } = await generatedProject();
    const { paths } = await recorded(out);
    expect(await stamped(out)).to.deep.equal((await writesStamped()) ? paths : []);
    await nextTick();
    expect((await request('write')).output).to.include({ sealed: true });
    expect(await stamped(out)).to.deep.equal(paths);
    expect((await readFile(join(out, CACHE_DIR, '.gitignore'), 'utf8')).split('\n')).to.include('*');
    expect((await readdir(join(out, CACHE_DIR))).sort()).to.deep.equal(['.gitignore', STAMPS]);
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const untracked = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: dir, encoding: 'utf8' });
    expect(untracked).to.include(`generated/${MANIFEST_NAME}`).and.not.include(CACHE_DIR);
    const check = await request('check');
    expect(check.output).to.deep.include({ sealed: true, leftovers: [] });
    expect(check.output?.report?.files).to.deep.equal([]);
  });

  it('finds an edit kept to size and mtime made right after a generate wrote the file', async () => {
    const { out, request } = await generatedProject();
    await editKeepingSizeAndMtime(join(out, JENKINSFILE));
    const check = await request('check');
    expect(reportedStatuses(check)).to.deep.equal([[JENKINSFILE, 'hand-edited']]);
  });

  it('a written file\'s stamp stops holding at a change of the same size within the same clock tick', async () => {
    const dir = await makeTempDir();
    if (!(await writesStamped())) {
      // A kernel without multigrain timestamps may keep the ctime: nothing written is stamped there.
      expect(StatCache.load(dir, undefined, 'list', 0).stampsWrites).to.equal(false);
      return;
    }
    const file = join(dir, 'file');
    const renamed = (content: string) => {
      writeFileSync(join(dir, 'staged'), content);
      renameSync(join(dir, 'staged'), file);
    };
    renamed('written');
    const written = new WrittenStamps({ targets: ['file'], sizes: ['written'.length] });
    written.take(0, file);
    const stamp = written.stampFor('file');
    if (stamp === undefined) throw new Error('a renamed file of the staged size must be stamped');
    const cache = StatCache.load(dir, undefined, 'list', 1);
    cache.record(0, stamp);
    expect(cache.holds(0, file), 'unchanged').to.equal(true);
    // Microseconds later, far within one tick of the coarse clock the kernel stamps files with.
    writeFileSync(file, 'changed');
    expect(cache.holds(0, file), 'changed in place').to.equal(false);

    renamed('written');
    const other = new WrittenStamps({ targets: ['file'], sizes: ['another size'.length] });
    other.take(0, file);
    expect(other.stampFor('file'), 'not the file staged').to.equal(undefined);
    const unreadable = new WrittenStamps({ targets: ['file'], sizes: [1] });
    expect(() => unreadable.take(0, join(file, 'below a file')), 'ENOTDIR: no stamp, no error').not.to.throw();
    expect(unreadable.stampFor('file')).to.equal(undefined);
  });

  it('trusts a stamp that holds without reading the file, which is why only a run that read the file records one', async () => {
    const { out, request } = await generatedProject();
    await editKeepingSizeAndMtime(join(out, JENKINSFILE));
    await nextTick();
    await forgeStamp(out, JENKINSFILE);
    expect((await request('check')).output).to.include({ sealed: true });
    await rm(join(out, CACHE_DIR), { recursive: true });
    const check = await request('check');
    expect(reportedStatuses(check)).to.deep.equal([[JENKINSFILE, 'hand-edited']]);
  });

  it('reads again a file edited with its size and mtime kept, or replaced by another file of that size and mtime', async () => {
    const { out, request } = await generatedProject();
    await nextTick();
    await request('write');
    expect(await stamped(out)).to.include(JENKINSFILE);
    await editKeepingSizeAndMtime(join(out, JENKINSFILE));
    let check = await request('check');
    expect(reportedStatuses(check)).to.deep.equal([[JENKINSFILE, 'hand-edited']]);

    const { out: other, request: requestOther } = await generatedProject();
    await nextTick();
    await requestOther('write');
    const target = join(other, JENKINSFILE);
    const before = await stat(target, { bigint: true });
    const replacement = join(other, 'replacement');
    await writeFile(replacement, changedText(await readFile(target, 'utf8')));
    keepMtime(replacement, before.mtimeNs);
    await rename(replacement, target);
    const after = await stat(target, { bigint: true });
    expect([after.size, after.mtimeNs, after.ino]).to.deep.equal([before.size, before.mtimeNs, after.ino]).and.not.deep.equal([before.size, before.mtimeNs, before.ino]);
    check = await requestOther('check');
    expect(reportedStatuses(check)).to.deep.equal([[JENKINSFILE, 'hand-edited']]);
  });

  it('trusts nothing in a copy made with cp -a, cache included, and finds an edit there', async () => {
    const { dir, out, request } = await generatedProject();
    await nextTick();
    await request('write');
    const copy = join(dir, 'copy');
    execFileSync('cp', ['-a', out, copy]);
    expect(await stamped(copy), 'other inodes and ctimes').to.deep.equal([]);
    await editKeepingSizeAndMtime(join(copy, JENKINSFILE));
    const check = await request('check', { outDir: copy });
    expect(reportedStatuses(check)).to.deep.equal([[JENKINSFILE, 'hand-edited']]);
    expect((await request('check')).output).to.include({ sealed: true });
  });

  it('after modules.yaml changed, trusts the stamps of modules whose seal it checks, and moves them to the new manifest', async () => {
    const { config, out, request } = await generatedProject();
    await nextTick();
    await request('write');
    await editKeepingSizeAndMtime(join(out, OTHER));
    await nextTick();
    await forgeStamp(out, OTHER);
    await writeFile(config, bumpAuth(await readFile(config, 'utf8')));
    // The forged stamp holds, so the edit is not seen: the whole run trusted it without a read.
    let check = await request('check');
    expect(check.output?.sealed).to.equal(undefined);
    expect(check.output?.report?.files.map((file) => file.path)).not.to.include(OTHER);
    await rm(join(out, CACHE_DIR), { recursive: true });
    check = await request('check');
    expect(reportedStatuses(check)).to.deep.include([OTHER, 'hand-edited']);
  });

  it('after modules.yaml changed, finds a hand edit kept to size and mtime, and a generate leaves a stamp for every file, those it wrote too', async () => {
    const { config, out, request } = await generatedProject();
    await nextTick();
    await request('write');
    await writeFile(config, bumpAuth(await readFile(config, 'utf8')));
    await editKeepingSizeAndMtime(join(out, OTHER));
    const check = await request('check');
    expect(reportedStatuses(check)).to.deep.include([OTHER, 'hand-edited']);
    // Removed, so that generate writes it again rather than refusing the hand edit.
    await rm(join(out, OTHER));
    await nextTick();
    const generated = await request('write');
    expect(generated.output?.written).to.include(OTHER).and.include('modules/auth/chart/Chart.yaml');
    const { paths } = await recorded(out);
    const notWritten = paths.filter((path) => !(generated.output?.written ?? []).includes(path));
    expect(notWritten.length, 'most files were not written').to.be.greaterThan(paths.length / 2);
    expect(await stamped(out)).to.deep.equal((await writesStamped()) ? paths : notWritten);
    await nextTick();
    expect((await request('write')).output).to.include({ sealed: true });
  });

  it('is used only on Linux filesystems that keep ctime: not FAT, exFAT, NFS, SMB or FUSE', async () => {
    const ext4 = 0xef53;
    expect([keepsCtime('linux', ext4), keepsCtime('linux', 0x01021994), keepsCtime('darwin', ext4)]).to.deep.equal([true, true, false]);
    for (const type of [0x4d44, 0x2011bab0, 0x6969, 0xff534d42, 0xfe534d42, 0x65735546]) expect(keepsCtime('linux', type), type.toString(16)).to.equal(false);
    // The other tests run where the cache is used: the test machine's temporary directory.
    expect(keepsCtime(process.platform, statfsSync(await makeTempDir()).type)).to.equal(true);
  });

  it('stamps written files only where every change after an lstat shows: Linux 6.13 or later, on ext4, xfs, btrfs or tmpfs', async () => {
    const [ext4, xfs, btrfs, tmpfs, overlay, f2fs] = [0xef53, 0x58465342, 0x9123683e, 0x01021994, 0x794c7630, 0xf2f52010];
    for (const type of [ext4, xfs, btrfs, tmpfs]) expect(showsEveryChange('linux', '6.13.0', type), type.toString(16)).to.equal(true);
    expect(showsEveryChange('linux', '6.18.44-fc-v1300', ext4)).to.equal(true);
    expect(showsEveryChange('linux', '7.0.2', tmpfs)).to.equal(true);
    for (const kernel of ['6.12.9', '6.8.0-1017-azure', '5.15.167.4-microsoft-standard-WSL2', 'unknown']) expect(showsEveryChange('linux', kernel, ext4), kernel).to.equal(false);
    for (const type of [overlay, f2fs]) expect(showsEveryChange('linux', '6.18.0', type), type.toString(16)).to.equal(false);
    expect(showsEveryChange('darwin', '24.1.0', ext4)).to.equal(false);
    const tmp = await makeTempDir();
    expect(StatCache.load(tmp, undefined, 'list', 0).stampsWrites).to.equal(showsEveryChange(process.platform, release(), statfsSync(tmp).type));
  });

  it('does not stamp a file changed at or after the clock file was made', async () => {
    const dir = await makeTempDir();
    await writeFile(join(dir, 'old'), 'old');
    await nextTick();
    const cache = StatCache.load(dir, undefined, 'list', 2);
    const read = (name: string) => {
      const fd = openSync(join(dir, name), 'r');
      try {
        return cache.stampBeforeRead(fd);
      } finally {
        closeSync(fd);
      }
    };
    const old = read('old');
    await writeFile(join(dir, 'new'), 'new');
    expect(read('new'), 'changed after the clock').to.equal(undefined);
    if (old === undefined) throw new Error('a file older than the clock file must be stampable');
    cache.record(0, stampOf(old));
    cache.save();
    const reloaded = StatCache.load(dir, 'dir', 'list', 2);
    expect([reloaded.holds(0, join(dir, 'old')), reloaded.holds(1, join(dir, 'new'))]).to.deep.equal([true, false]);
    expect(StatCache.load(dir, 'dir', 'another list', 2).holds(0, join(dir, 'old')), 'bound to its file list').to.equal(false);
    expect(StatCache.load(dir, 'dir', 'list', 3).holds(0, join(dir, 'old')), 'bound to its file count').to.equal(false);
  });

  it('ignores a damaged cache and writes a whole one; never reads or writes through a symbolic link', async () => {
    const { dir, out, request } = await generatedProject();
    await nextTick();
    await request('write');
    const { paths } = await recorded(out);
    await truncate(join(out, CACHE_DIR, STAMPS), 200);
    expect(await stamped(out)).to.deep.equal([]);
    await nextTick();
    expect((await request('check')).output).to.include({ sealed: true });
    expect((await stat(join(out, CACHE_DIR, STAMPS))).size).to.equal(128 + paths.length * 5 * 8);

    const elsewhere = join(dir, 'elsewhere');
    await mkdir(elsewhere);
    await rm(join(out, CACHE_DIR), { recursive: true });
    await symlink(elsewhere, join(out, CACHE_DIR));
    expect((await request('write')).output).to.include({ sealed: true });
    expect(await readdir(elsewhere)).to.deep.equal([]);
  });
});
