// The stat cache: what lets gatehouse trust a generated file's recorded hash after one lstat,
// without opening, reading and hashing it, as git's index does for `git status`. At 1000 modules,
// opening, reading and hashing 17,000 files was half of an unchanged re-run. Used by the sealed
// run (run-seal.ts) and, by path, by the whole run for modules whose seal it checks
// (path-stamps.ts).
//
// For each file the manifest lists, the cache keeps the stamp (device, inode, size, mtime, ctime)
// the file had when a run last read it and found its manifest hash; a file whose lstat gives the
// same stamp now still holds that hash. ctime is the guard: every change to a file's content or
// metadata sets it to the filesystem's clock, and no call sets it back (utimes, cp -p and tar
// restore mtime, never ctime). A stamp is recorded only when its ctime is strictly earlier than the
// ctime of a file this run created before reading (the clock file): the file was then last changed
// before the read began, and any later change gives it a ctime at or after the clock's, which never
// matches again. Files changed in the clock file's own tick are not stamped; the next run that
// reads them does. The clock file is made in the cache directory, inside the output directory, so
// its ctime comes from the same filesystem's clock. Files a generate writes are stamped without a
// read where the kernel makes every change after an lstat visible (written-stamps.ts).
//
// That holds on the filesystems Unix systems run on, and the cache is used only there (Linux, by
// the filesystem type statfs reports): not on FAT or exFAT, which keep no change time of their
// own, nor on network or FUSE filesystems, whose clients may answer lstat from a cache of
// attributes.
//
// The cache is `<out>/.gatehouse-cache/`, which holds a `.gitignore` of `*`: local to the checkout,
// never committed, removed with the output directory. It is bound to the SHA-256 of the manifest's
// file list and numbers its stamps by that sorted list, without naming a path: a cache that is
// missing, damaged, of another list, or copied from elsewhere (other inodes and ctimes) only costs
// reads. Writing it is best effort: a read-only output directory runs as before, uncached.
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, statfsSync, unlinkSync, writeFileSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { release } from 'node:os';
import type { OutputDisk } from './disk-state.js';

export const CACHE_DIR = '.gatehouse-cache';
const CACHE_FILE = 'stamps';
const GITIGNORE = "# gatehouse's stat cache for this checkout: local, never committed.\n*\n";
/** A fixed-size header: the format and the SHA-256 of the file list the stamps number. */
const HEADER_BYTES = 128;
const FORMAT = 'gatehouse stat cache 2';
/** dev, ino, size, mtimeMs, ctimeMs per file. */
export const STAMP_FIELDS = 5;
/** Temp files of a run that stopped before renaming its cache into place; removed once this old. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

/** Linux filesystem types (statfs f_type, include/uapi/linux/magic.h). */
const EXT = 0xef53; // ext2, ext3, ext4
const XFS = 0x58465342;
const BTRFS = 0x9123683e;
const TMPFS = 0x01021994;

/** Filesystem types that keep ctime as the kernel sets it. */
const CTIME_KEPT = new Set([
  EXT,
  XFS,
  BTRFS,
  TMPFS,
  0x794c7630, // overlayfs (containers)
  0xf2f52010, // f2fs
  0x2fc12fc1, // zfs
  0xca451a4e, // bcachefs
]);

/** Whether a filesystem of type `type` (statfs) on `platform` keeps ctime as the stat cache needs it. */
export function keepsCtime(platform: NodeJS.Platform, type: number): boolean {
  return platform === 'linux' && CTIME_KEPT.has(type);
}

/**
 * Linux filesystem types with multigrain timestamps since Linux 6.13 (FS_MGTIME): once a file's
 * ctime or mtime was read, the kernel gives its next change a timestamp that differs from it
 * (Documentation/filesystems/multigrain-ts.rst), even within one tick of the coarse clock.
 */
const MULTIGRAIN = new Set([EXT, XFS, BTRFS, TMPFS]);

/**
 * Whether, on `platform` with kernel `kernelRelease`, every change to a file on a filesystem of
 * type `type` after an lstat of it shows in the ctime that lstat returned: what lets a generate
 * stamp a file it wrote from an lstat right after renaming it into place, without the clock file.
 */
export function showsEveryChange(platform: NodeJS.Platform, kernelRelease: string, type: number): boolean {
  const version = /^(\d+)\.(\d+)/.exec(kernelRelease);
  const atLeast613 = version !== null && Number(version[1]) * 1000 + Number(version[2]) >= 6013;
  return platform === 'linux' && atLeast613 && MULTIGRAIN.has(type);
}

/** The stamp of a file: device, inode, size, mtime and ctime. */
export function stampOf(stats: Stats): number[] {
  return [stats.dev, stats.ino, stats.size, stats.mtimeMs, stats.ctimeMs];
}

/** statfs's type of the filesystem holding `dir`; NaN when it cannot be asked (no cache then). */
function fileSystemType(dir: string): number {
  try {
    return statfsSync(dir).type;
  } catch {
    return Number.NaN;
  }
}

/** A new file in the cache directory, kept open: the clock file, which becomes the cache's next version. */
interface TempFile {
  path: string;
  fd: number;
  ctimeMs: number;
}

export class StatCache {
  /** Stamps recorded by this run, or moved to another file list: the cache must be written. */
  private changed = false;
  private clock: TempFile | undefined | 'unavailable';

  private constructor(
    private readonly dir: string | undefined,
    private key: string,
    private stamps: Float64Array,
    /** Whether a generate may stamp the files it wrote (written-stamps.ts). */
    readonly stampsWrites: boolean,
  ) {}

  /**
   * The stamps of the `count` files of a manifest whose file list has the SHA-256 `key`.
   * `dirType`: CACHE_DIR's type in the output directory's listing (undefined: absent); the cache
   * is neither read nor made through a symlink.
   */
  static load(root: string, dirType: string | undefined, key: string, count: number): StatCache {
    const type = fileSystemType(root);
    const usable = (dirType === undefined || dirType === 'dir') && keepsCtime(process.platform, type);
    const dir = usable ? `${root}/${CACHE_DIR}` : undefined;
    const loaded = usable && dirType === 'dir' ? readStamps(`${root}/${CACHE_DIR}/${CACHE_FILE}`, key, count) : undefined;
    return new StatCache(dir, key, loaded ?? unstamped(count), usable && showsEveryChange(process.platform, release(), type));
  }

  /**
   * `disk.digest(path, hash)` of the file number `index` in the manifest's sorted list, whose
   * manifest hash is `sha256`: the file is not read when its stamp holds, and is stamped when it
   * is read and found holding `sha256`.
   */
  digest(disk: OutputDisk, index: number, path: string, sha256: string, hash: (bytes: Buffer) => string): ReturnType<OutputDisk['digest']> {
    if (disk.inspect(path).state === 'file' && this.holds(index, `${disk.root}/${path}`)) return { state: 'file', sha256 };
    let stamp: Stats | undefined;
    const file = disk.digest(path, hash, (fd) => (stamp = this.stampBeforeRead(fd)));
    if (stamp !== undefined && file.state === 'file' && file.sha256 === sha256) this.record(index, stampOf(stamp));
    return file;
  }

  /** Whether the file at `absolutePath`, number `index` in the manifest's sorted list, still has the stamp recorded for it. */
  holds(index: number, absolutePath: string): boolean {
    const at = index * STAMP_FIELDS;
    if (Number.isNaN(this.stamps[at + 4])) return false;
    const stats = lstatSync(absolutePath, { throwIfNoEntry: false });
    return stats !== undefined && stats.isFile() && this.sameStamp(at, stats);
  }

  /**
   * The stamp of the open file `fd`, taken after opening and before reading it, to `record` once
   * what was read proved to hold the recorded hash; undefined when it may not be recorded.
   */
  stampBeforeRead(fd: number): Stats | undefined {
    const clock = this.clockCtime();
    if (clock === undefined) return undefined;
    const stats = fstatSync(fd);
    return stats.ctimeMs < clock ? stats : undefined;
  }

  /** Records `stamp` (see stampOf) for the file number `index`, known to hold its manifest hash. */
  record(index: number, stamp: ArrayLike<number>): void {
    this.stamps.set(stamp, index * STAMP_FIELDS);
    this.changed = true;
  }

  /**
   * Moves the stamps to another manifest's file list, whose SHA-256 is `key`: its file number `j`
   * takes the stamp of this list's file number `from[j]`, or none when that is -1.
   */
  reindex(key: string, from: readonly number[]): void {
    const stamps = unstamped(from.length);
    let moved = 0;
    from.forEach((old, at) => {
      if (old < 0 || Number.isNaN(this.stamps[old * STAMP_FIELDS + 4])) return;
      stamps.set(this.stamps.subarray(old * STAMP_FIELDS, (old + 1) * STAMP_FIELDS), at * STAMP_FIELDS);
      moved += 1;
    });
    this.key = key;
    this.stamps = stamps;
    // Without a stamp to keep, the cache on disk (of the old list) is left as it is: it never matches again.
    this.changed = moved > 0;
  }

  /** Writes the stamps when this run recorded or moved any; best effort, never throws. */
  save(): void {
    try {
      if (this.changed) this.write();
    } catch {
      // A cache that cannot be written only costs the next run its reads.
    } finally {
      this.discard();
    }
  }

  /** Removes the clock file, if this run made one and did not save. */
  discard(): void {
    if (typeof this.clock === 'object') {
      closeSync(this.clock.fd);
      unlinkQuietly(this.clock.path);
    }
    this.clock = 'unavailable';
  }

  private sameStamp(at: number, stats: Stats): boolean {
    const s = this.stamps;
    return s[at + 4] === stats.ctimeMs && s[at + 1] === stats.ino && s[at + 2] === stats.size && s[at + 3] === stats.mtimeMs && s[at] === stats.dev;
  }

  /** Into the clock file, or a temp file of its own when this run read nothing, then renamed into place. */
  private write(): void {
    if (this.dir === undefined) return;
    const temp = typeof this.clock === 'object' ? this.clock : makeTemp(this.dir);
    this.clock = 'unavailable';
    if (temp === 'unavailable') return;
    let renamed = false;
    try {
      try {
        writeFileSync(temp.fd, header(this.key));
        writeFileSync(temp.fd, new Uint8Array(this.stamps.buffer, this.stamps.byteOffset, this.stamps.byteLength));
      } finally {
        closeSync(temp.fd);
      }
      renameSync(temp.path, `${this.dir}/${CACHE_FILE}`);
      renamed = true;
    } finally {
      if (!renamed) unlinkQuietly(temp.path);
    }
    removeAbandoned(this.dir);
  }

  /** The clock file's ctime, making the file (and the cache directory) on first use. */
  private clockCtime(): number | undefined {
    if (this.clock === undefined) this.clock = this.dir === undefined ? 'unavailable' : makeTemp(this.dir);
    return this.clock === 'unavailable' ? undefined : this.clock.ctimeMs;
  }
}

function header(key: string): Buffer {
  return Buffer.from(`${FORMAT}\n${key}\n`.padEnd(HEADER_BYTES, ' '), 'latin1');
}

function unstamped(count: number): Float64Array {
  return new Float64Array(count * STAMP_FIELDS).fill(Number.NaN);
}

/** The stamps in `file` when it was recorded for the file list `key` of `count` files; undefined otherwise. */
function readStamps(file: string, key: string, count: number): Float64Array | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch {
    return undefined;
  }
  try {
    const head = Buffer.alloc(HEADER_BYTES);
    if (readSync(fd, head, 0, HEADER_BYTES, 0) !== HEADER_BYTES || !head.equals(header(key))) return undefined;
    const stamps = new Float64Array(count * STAMP_FIELDS + 1);
    const body = new Uint8Array(stamps.buffer);
    // One byte more than expected must read as nothing: a longer file is another cache.
    const read = readSync(fd, body, 0, body.length, HEADER_BYTES);
    return read === count * STAMP_FIELDS * 8 ? stamps.subarray(0, count * STAMP_FIELDS) : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

function makeTemp(dir: string): TempFile | 'unavailable' {
  try {
    ensureDir(dir);
    const path = `${dir}/${CACHE_FILE}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW);
    return { path, fd, ctimeMs: fstatSync(fd).ctimeMs };
  } catch {
    return 'unavailable';
  }
}

/** The cache directory with its `.gitignore`, made the first time. */
function ensureDir(dir: string): void {
  try {
    mkdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return;
    throw error;
  }
  writeFileSync(`${dir}/.gitignore`, GITIGNORE, { flag: 'wx' });
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Removed already, by another run's cleanup of abandoned temp files: nothing left to undo.
  }
}

/** Temp files of runs that died between making their clock file and saving, once old enough. */
function removeAbandoned(dir: string): void {
  const now = Date.now();
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(`${CACHE_FILE}.`) || !name.endsWith('.tmp')) continue;
    const stats = lstatSync(`${dir}/${name}`, { throwIfNoEntry: false });
    if (stats?.isFile() === true && now - stats.mtimeMs > ABANDONED_AFTER_MS) unlinkQuietly(`${dir}/${name}`);
  }
}
