// Stamps of the files a generate writes, so that the next unchanged run trusts them after one
// lstat each instead of reading every file it was just given (at 1000 modules that first re-run
// read and hashed 17,000 files: 0.33× to 0.43× of a generate, against 0.22× to 0.29× once stamped).
//
// A stamp (stat-cache.ts) vouches that a file holds its manifest hash while its lstat is unchanged.
// A file gatehouse wrote holds the hash of what it staged, so its stamp is the lstat taken right
// after renaming it into place (a rename sets the ctime, so not before), as `git checkout` records
// the stat of each file it writes into the index. Two things make that safe:
// - No change after that lstat can keep the stamp: since Linux 6.13, on ext4, xfs, btrfs and tmpfs
//   (multigrain timestamps), the first change to a file after its ctime was read gets a ctime that
//   differs from it, even within one tick of the kernel's coarse clock. Elsewhere a change in the
//   same tick could keep the ctime, so nothing written is stamped there: the next run reads it.
// - The file at the path is the one staged: a plain file of the staged size, looked at within
//   microseconds of the rename, while this run holds the output directory's lock. A change another
//   program made in those microseconds would be trusted: the window git checkout has between
//   writing a file and the fstat it records.
import { lstatSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { STAMP_FIELDS, stampOf } from './stat-cache.js';

/** The files a generate staged, in staging order (Staging). */
export interface StagedFiles {
  readonly targets: readonly string[];
  readonly sizes: readonly number[];
}

export class WrittenStamps {
  private readonly stamps: Float64Array;
  private byPath: Map<string, number> | undefined;

  constructor(private readonly staged: StagedFiles) {
    this.stamps = new Float64Array(staged.targets.length * STAMP_FIELDS).fill(Number.NaN);
  }

  /**
   * Called right after staged file number `index` was renamed onto `absolutePath`. Never throws:
   * a file that cannot be stamped is read by the next run, and the commit goes on.
   */
  take(index: number, absolutePath: string): void {
    let stats: Stats | undefined;
    try {
      stats = lstatSync(absolutePath, { throwIfNoEntry: false });
    } catch {
      return;
    }
    if (stats?.isFile() === true && stats.size === this.staged.sizes[index]) this.stamps.set(stampOf(stats), index * STAMP_FIELDS);
  }

  /** The stamp taken for the file written at `path` (relative to the output directory), if any. */
  stampFor(path: string): Float64Array | undefined {
    this.byPath ??= new Map(this.staged.targets.map((target, index) => [target, index]));
    const index = this.byPath.get(path);
    if (index === undefined || Number.isNaN(this.stamps[index * STAMP_FIELDS + 4])) return undefined;
    return this.stamps.subarray(index * STAMP_FIELDS, (index + 1) * STAMP_FIELDS);
  }
}
