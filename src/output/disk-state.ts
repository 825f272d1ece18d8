// What is on disk under the output directory. Each directory is listed once (its entries' types
// come with the listing, so no file needs an lstat of its own) and files are opened without
// following a symlink. Calls are synchronous, one file open at a time: that can never run into
// the open-files limit (the writer once opened every file at once and failed with EMFILE past
// 1024), and it costs a fifth of the CPU time of promise-based reads, measured on 17,000 files.
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from './manifest.js';

type EntryType = 'file' | 'dir' | 'symlink' | 'other';

/** The temp file name of the writer before staging, next to its target in any directory. */
export const OLD_TEMP = /^\.gatehouse-[0-9a-f]{12}\.tmp$/;
export type Listing = ReadonlyMap<string, EntryType>;

/** What is on disk at a relative output path, reading nothing outside the output directory. */
export type CurrentFile =
  | { state: 'absent' }
  | { state: 'file'; bytes: Buffer }
  | { state: 'blocked'; reason: string };

export type PathState = { state: 'absent' } | { state: 'file' } | { state: 'blocked'; reason: string };
type DirState = { state: 'dir'; listing: Listing } | Exclude<PathState, { state: 'file' }>;

export class OutputDisk {
  private readonly listings = new Map<string, Listing | undefined>();
  private readonly dirStates = new Map<string, DirState>();
  private readonly scratch = Buffer.allocUnsafe(1 << 16);
  /** Temp files of older gatehouse versions seen in any directory listed so far. */
  readonly oldTempFiles = new Set<string>();

  constructor(readonly root: string) {}

  /** The entries of `dir` (relative, '' for the output dir itself); undefined when it does not exist. */
  list(dir: string): Listing | undefined {
    if (!this.listings.has(dir)) {
      const listing = readListing(join(this.root, dir));
      for (const name of listing?.keys() ?? []) if (OLD_TEMP.test(name)) this.oldTempFiles.add(dir === '' ? name : `${dir}/${name}`);
      this.listings.set(dir, listing);
    }
    return this.listings.get(dir);
  }

  /**
   * Drops the listings of the directories holding `paths` inside `dir` (a unit's own directory):
   * no other unit looks there, and 20,000 directories' listings need not stay in memory.
   */
  forget(dir: string, paths: Iterable<string>): void {
    if (dir === '') return;
    for (const path of paths) {
      for (let at = path.lastIndexOf('/'); at >= dir.length; at = path.lastIndexOf('/', at - 1)) {
        const held = path.slice(0, at);
        this.listings.delete(held);
        this.dirStates.delete(held);
      }
    }
  }

  /** Whether `path` is a regular file reached through real directories, without reading it. */
  inspect(path: string): PathState {
    const found = this.entry(path, 'file');
    return found === undefined ? { state: 'file' } : found;
  }

  /** Undefined when `path` is an entry of type `want` in a real directory; otherwise what it is. */
  private entry(path: string, want: 'file' | 'dir'): Exclude<PathState, { state: 'file' }> | undefined {
    const at = path.lastIndexOf('/');
    const dir = this.realDir(at < 0 ? '' : path.slice(0, at));
    if (dir.state !== 'dir') return dir;
    const type = dir.listing.get(path.slice(at + 1));
    if (type === undefined) return { state: 'absent' };
    if (type === 'symlink') return { state: 'blocked', reason: `${path} is a symbolic link (it may lead outside the output directory)` };
    if (type !== want) return { state: 'blocked', reason: `${path} is not a ${want === 'file' ? 'regular file' : 'directory'}` };
    return undefined;
  }

  /**
   * `dir` when each of its segments is a directory (not a symlink) in its parent's listing, with
   * its own listing; otherwise what the first segment from the top that is not one is. Remembered
   * per directory until forgotten: the 17 files of a module share their few directories.
   */
  private realDir(dir: string): DirState {
    let known = this.dirStates.get(dir);
    if (known === undefined) {
      known = this.checkDir(dir);
      this.dirStates.set(dir, known);
    }
    return known;
  }

  private checkDir(dir: string): DirState {
    const found = dir === '' ? undefined : this.entry(dir, 'dir');
    if (found !== undefined) return found;
    const listing = this.list(dir);
    return listing === undefined ? { state: 'absent' } : { state: 'dir', listing };
  }

  read(path: string): CurrentFile {
    return this.visit(path, (bytes) => ({ state: 'file', bytes: this.kept(bytes) }));
  }

  /**
   * The file's SHA-256 (by `hash`, which must not keep `bytes`: they are reused), without keeping
   * its bytes. `opened` is called with the open file before it is read (the stat cache stamps it).
   */
  digest(path: string, hash: (bytes: Buffer) => string = sha256Hex, opened?: (fd: number) => void): { state: 'file'; sha256: string } | Exclude<CurrentFile, { state: 'file' }> {
    return this.visit(path, (bytes) => ({ state: 'file', sha256: hash(bytes) }), opened);
  }

  /** 'same' when the file holds exactly `expected`; otherwise what is there, bytes kept. */
  compare(path: string, expected: Buffer): CurrentFile | { state: 'same' } {
    return this.visit(path, (bytes) => (bytes.equals(expected) ? { state: 'same' } : { state: 'file', bytes: this.kept(bytes) }));
  }

  /** `bytes` from readAll, as a buffer of their own: copied out of the reused buffer only when they are in it. */
  private kept(bytes: Buffer): Buffer {
    return bytes.buffer === this.scratch.buffer ? Buffer.from(bytes) : bytes;
  }

  /**
   * Calls `use` with the file's bytes in a reused buffer, valid only during the call: most files
   * are only hashed or compared, and copying each would double the memory a large tree churns.
   */
  private visit<T>(path: string, use: (bytes: Buffer) => T, opened?: (fd: number) => void): T | Exclude<CurrentFile, { state: 'file' }> {
    const inspected = this.inspect(path);
    if (inspected.state !== 'file') return inspected;
    let fd: number;
    try {
      // O_NOFOLLOW: a file replaced by a symlink since the listing is refused, not followed.
      // `path` is plain (see unsafePathReason) and root absolute: path.join would only re-check that, per file.
      fd = openSync(`${this.root}/${path}`, constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { state: 'absent' };
      if (code === 'ELOOP') return { state: 'blocked', reason: `${path} is a symbolic link (it may lead outside the output directory)` };
      throw error;
    }
    try {
      opened?.(fd);
      return use(this.readAll(fd));
    } finally {
      closeSync(fd);
    }
  }

  /**
   * Reads into the reused buffer (no fstat per file). A file that does not fit (the manifest: 13 MB
   * at 5000 modules) goes on in a buffer of its own, sized once by fstat and dropped after use: the
   * reused buffer once grew to the manifest's size by doubling and held 16 MB for the whole run.
   */
  private readAll(fd: number): Buffer {
    let bytes: Buffer = this.scratch;
    let length = 0;
    for (;;) {
      if (length === bytes.length) bytes = withRoom(bytes, fd);
      const count = readSync(fd, bytes, length, bytes.length - length, null);
      if (count === 0) return bytes.subarray(0, length);
      length += count;
    }
  }
}

/** A copy of the full buffer `bytes` with room for the rest of the file (one byte more, to read its end). */
function withRoom(bytes: Buffer, fd: number): Buffer {
  const larger = Buffer.allocUnsafe(Math.max(fstatSync(fd).size + 1, bytes.length * 2));
  bytes.copy(larger);
  return larger;
}

function readListing(dir: string): Listing | undefined {
  try {
    const listing = new Map<string, EntryType>();
    for (const e of readdirSync(dir, { withFileTypes: true })) listing.set(e.name, e.isSymbolicLink() ? 'symlink' : e.isDirectory() ? 'dir' : e.isFile() ? 'file' : 'other');
    return listing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
