// Carries out a generate that has no refusals, in an order that survives a crash (kill -9, power
// loss) at any point:
//
// 1. While deciding, every new file's content is written into a staging directory
//    (`.gatehouse-staging-<pid>-<random>/`); nothing in the tree has changed yet.
// 2. The new manifest is written as `.gatehouse-manifest.pending.json` before anything is renamed.
// 3. Staged files are renamed onto their targets (a rename is atomic: a reader sees the old file
//    or the new one, never half of either); orphans are removed, emptied directories pruned.
// 4. The pending manifest is renamed over the manifest; leftovers are removed.
//
// After a crash in (1) only the staging directory is left. After a crash in (2)-(4) each file is
// its old content or its new one, and the pending manifest names every new hash: the next run
// reads old and pending manifests together, so either config, old or new, converges without
// --force. The next generate removes the leftovers; check reports them.
// Calls are synchronous, like the reads (see disk-state.ts).
//
// Files are staged flat, in one directory. Staging them in a tree that mirrors the output and
// moving each directory missing from the output with one rename was measured (2026-12-07, 1000
// modules, writer alone): about 40% less CPU for creating and moving the files on tmpfs, but
// three to seven times the writer's CPU on the VM's ext4 disk after a `rm -rf` of the previous
// output (9.3 and 13.2 s against 3.1 and 1.8 s: creating files in 4,000 new directories costs the
// kernel far more than creating them in one and renaming them), so it was not kept.
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, renameSync, rmSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareCodeUnits } from '../util/compare.js';
import { MANIFEST_NAME } from './manifest.js';

const STAGING_PREFIX = '.gatehouse-staging-';
export const PENDING_NAME = '.gatehouse-manifest.pending.json';

/** Points at which a crash test may stop the writer (see WriterOptions.onStep); never used otherwise. */
export type WriterStep = 'staged' | 'pending' | 'renamed' | 'removed' | 'manifest';

/** The new manifest's name in the staging directory; staged files are named by number. */
const STAGED_MANIFEST = 'manifest';

export class Staging {
  readonly name = `${STAGING_PREFIX}${process.pid}-${randomBytes(4).toString('hex')}`;
  /** The staging directory's path with a trailing slash: staged names are plain, so no path.join per file. */
  readonly dir: string;
  /**
   * Where each staged file goes, in staging order: the file named `${i + 1}` onto `targets[i]`.
   * Names follow from positions, so 85,000 files (5000 modules) keep one path each, not a pair.
   */
  readonly targets: string[] = [];
  /** The size in bytes of each staged file, in staging order. */
  readonly sizes: number[] = [];
  private exists = false;

  constructor(private readonly root: string) {
    this.dir = `${join(root, this.name)}/`;
  }

  /** Writes `content` into the staging directory, to be renamed onto `target` (a path in the output dir). */
  stage(target: string, content: Buffer): void {
    this.targets.push(target);
    this.sizes.push(content.length);
    this.write(String(this.targets.length), content);
  }

  /** Writes the new manifest's text, given in pieces, into the staging directory; returns its path there. */
  stageManifest(pieces: readonly string[]): string {
    const path = this.directory() + STAGED_MANIFEST;
    const fd = openSync(path, 'wx');
    try {
      for (const piece of pieces) writeFileSync(fd, piece);
    } finally {
      closeSync(fd);
    }
    return path;
  }

  private write(name: string, content: Buffer): void {
    writeFileSync(this.directory() + name, content, { flag: 'wx' });
  }

  /** The staging directory (see `dir`), created on first use. */
  private directory(): string {
    if (!this.exists) mkdirSync(this.dir);
    this.exists = true;
    return this.dir;
  }

  discard(): void {
    if (this.exists) rmSync(join(this.root, this.name), { recursive: true, force: true });
  }
}

export interface Commit {
  removals: string[];
  /** The new manifest's text in pieces, when it changes. */
  manifest: readonly string[] | undefined;
  /** Paths (files or staging directories) an interrupted run left behind. */
  leftovers: string[];
  /** Called right after staged file number `index` was renamed onto `target` (an absolute path). */
  renamed?: (index: number, target: string) => void;
}

export function applyCommit(root: string, staging: Staging, commit: Commit, onStep: (step: WriterStep) => void): void {
  let changed = 0;
  const step = (done: WriterStep) => {
    if (done === 'renamed' || done === 'removed') changed += 1;
    onStep(done);
  };
  try {
    if (commit.manifest !== undefined) {
      renameSync(staging.stageManifest(commit.manifest), join(root, PENDING_NAME));
      step('pending');
    }
    renameStaged(root, staging, step, commit.renamed);
    for (const path of commit.removals) {
      unlinkSync(join(root, path));
      step('removed');
    }
    removeEmptyParents(root, commit.removals);
    if (commit.manifest !== undefined) {
      renameSync(join(root, PENDING_NAME), join(root, MANIFEST_NAME));
      step('manifest');
    }
    for (const path of commit.leftovers) rmSync(join(root, path), { recursive: true, force: true });
  } catch (error) {
    // The tree may be half new: the pending manifest stays, so the next run owns both halves.
    // While nothing was renamed or removed it is not needed.
    if (changed === 0) rmSync(join(root, PENDING_NAME), { force: true });
    throw error;
  } finally {
    staging.discard();
  }
}

function renameStaged(root: string, staging: Staging, onStep: (step: WriterStep) => void, renamed: Commit['renamed']): void {
  const made = new Set<string>();
  staging.targets.forEach((path, index) => {
    // Output paths are plain and relative (see unsafePathReason), root is absolute: no path.join needed.
    const target = `${root}/${path}`;
    const dir = target.slice(0, target.lastIndexOf('/'));
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    renameSync(staging.dir + String(index + 1), target);
    renamed?.(index, target);
    onStep('renamed');
  });
}

/** Removes directories that removing orphans left empty, deepest first, never the output dir. */
function removeEmptyParents(root: string, removed: readonly string[]): void {
  const dirs = new Set<string>();
  for (const path of removed) {
    const segments = path.split('/').slice(0, -1);
    for (let i = segments.length; i > 0; i--) dirs.add(segments.slice(0, i).join('/'));
  }
  const deepestFirst = [...dirs].sort((a, b) => b.split('/').length - a.split('/').length || compareCodeUnits(a, b));
  for (const dir of deepestFirst) {
    try {
      rmdirSync(join(root, dir));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'ENOENT') throw error;
    }
  }
}
