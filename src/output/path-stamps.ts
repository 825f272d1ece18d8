// The stat cache (stat-cache.ts) in a whole run of the writer, where files are found by path: a
// sealed module's file whose stamp holds is not read to recompute the module's seal (sync-unit.ts),
// a file read and found holding its manifest hash is stamped, and after a generate the stamps move
// to the new manifest's file list for every file the run neither wrote nor removed and whose hash
// stayed the same, joined by the stamps of the files it wrote where it may take them
// (written-stamps.ts). So after editing modules.yaml, generate and check read only the files of
// the modules that changed, and the next unchanged run reads none.
import { compareCodeUnits } from '../util/compare.js';
import type { OutputDisk } from './disk-state.js';
import type { ManifestEntry } from './manifest.js';
import { MANIFEST_NAME } from './manifest.js';
import type { Ownership } from './ownership.js';
import { CACHE_DIR, StatCache } from './stat-cache.js';
import type { WrittenStamps } from './written-stamps.js';

export class PathStamps {
  private constructor(
    private readonly cache: StatCache,
    /** The manifest's files in its order, with their hashes; a stamp's number is its file's position here. */
    private readonly shas: readonly string[],
    private readonly index: ReadonlyMap<string, number>,
  ) {}

  /**
   * The stamps of the manifest on disk, when its file list can be numbered as the sealed run
   * numbers it: every path once with one hash, in order, and no pending manifest beside it.
   * Otherwise none, and a generate records only the stamps of the files it writes.
   */
  static load(disk: OutputDisk, ownership: Ownership, pending: boolean): PathStamps {
    const cacheType = disk.list('')?.get(CACHE_DIR);
    const listed = pending ? undefined : numberedFiles(ownership);
    if (listed === undefined) return new PathStamps(StatCache.load(disk.root, cacheType, '', 0), [], new Map());
    return new PathStamps(StatCache.load(disk.root, cacheType, listed.key, listed.shas.length), listed.shas, listed.index);
  }

  /** Whether a generate may stamp the files it writes (written-stamps.ts). */
  get stampsWrites(): boolean {
    return this.cache.stampsWrites;
  }

  /** `disk.digest(path, hash)`, but a file whose stamp holds is not read, and a file read is stamped. */
  digest(disk: OutputDisk, path: string, hash: (bytes: Buffer) => string): ReturnType<OutputDisk['digest']> {
    const at = this.index.get(path);
    return at === undefined ? disk.digest(path, hash) : this.cache.digest(disk, at, path, this.shas[at] as string, hash);
  }

  /**
   * After a generate: the stamps move to the new manifest's files (sorted, with the SHA-256 `key` of
   * their list), except those of `changed` paths (written or removed) and of changed hashes; the
   * files written take the stamps in `written`; saved.
   */
  saveFor(files: readonly ManifestEntry[], key: string, changed: ReadonlySet<string>, written: WrittenStamps | undefined): void {
    this.cache.reindex(
      key,
      files.map(({ path, sha256 }) => {
        const old = this.index.get(path);
        return old !== undefined && !changed.has(path) && this.shas[old] === sha256 ? old : -1;
      }),
    );
    if (written !== undefined) {
      files.forEach(({ path }, at) => {
        const stamp = written.stampFor(path);
        if (stamp !== undefined) this.cache.record(at, stamp);
      });
    }
    this.cache.save();
  }

  /** After a check: the manifest stays, so do the numbers. */
  save(): void {
    this.cache.save();
  }

  discard(): void {
    this.cache.discard();
  }
}

/** The manifest's files numbered in its order with their hashes, when every path is listed once with one hash, in order. */
function numberedFiles(ownership: Ownership): { key: string; shas: string[]; index: Map<string, number> } | undefined {
  const onDisk = ownership.manifestOnDisk;
  if (onDisk === undefined || ownership.findings.some((finding) => finding.path === MANIFEST_NAME)) return undefined;
  const shas: string[] = [];
  const index = new Map<string, number>();
  let previous: string | undefined;
  for (const [path, hashes] of ownership.written) {
    if (hashes.length !== 1 || (previous !== undefined && compareCodeUnits(previous, path) >= 0)) return undefined;
    index.set(path, shas.length);
    shas.push(hashes[0] as string);
    previous = path;
  }
  return { key: onDisk.filesSha256, shas, index };
}
