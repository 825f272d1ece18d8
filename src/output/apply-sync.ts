// Carries out a generate that has no refusals, in an order that survives a crash (kill -9, power
// loss) at any point:
//
// 1. While deciding, every new file's content is written into a staging directory
//    (`.gatehouse-staging-<pid>-<random>/`) at its own path: the staging directory mirrors the
//    output tree. Nothing in the tree has changed yet.
// 2. The new manifest is written as `.gatehouse-manifest.pending.json` before anything is renamed.
// 3. Staged files are renamed onto their targets (a rename is atomic: a reader sees the old file
//    or the new one, never half of either). A staged directory whose target does not exist yet
//    (a new module, every top-level directory of a first generate) is renamed as a whole: one
//    rename instead of a mkdir and a rename per file, and a reader sees all of it or none.
//    Orphans are removed, emptied directories pruned.
// 4. The pending manifest is renamed over the manifest; leftovers are removed.
//
// After a crash in (1) only the staging directory is left. After a crash in (2)-(4) each file is
// its old content or its new one, and the pending manifest names every new hash: the next run
// reads old and pending manifests together, so either config, old or new, converges without
// --force. The next generate removes the leftovers; check reports them.
// Calls are synchronous, like the reads (see disk-state.ts).
import { randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, renameSync, rmSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareCodeUnits } from '../util/compare.js';
import { MANIFEST_NAME } from './manifest.js';

const STAGING_PREFIX = '.gatehouse-staging-';
export const PENDING_NAME = '.gatehouse-manifest.pending.json';

/** Points at which a crash test may stop the writer (see WriterOptions.onStep); never used otherwise. */
export type WriterStep = 'staged' | 'pending' | 'renamed' | 'renamed-dir' | 'removed' | 'manifest';

export class Staging {
  readonly name = `${STAGING_PREFIX}${process.pid}-${randomBytes(4).toString('hex')}`;
  /**
   * Every directory made inside the staging directory ('' is itself), relative to it, with the
   * paths staged directly in it, files and directories apart, in staging order.
   */
  private readonly tree = new Map<string, { files: string[]; dirs: string[] }>();

  private readonly dir: string;

  constructor(root: string) {
    this.dir = join(root, this.name);
  }

  /** Writes `content` at `path` inside the staging directory, to be moved onto the tree. */
  stage(path: string, content: Buffer | string): void {
    const at = path.lastIndexOf('/');
    const dir = at < 0 ? '' : path.slice(0, at);
    this.makeDir(dir);
    writeFileSync(this.pathOf(path), content, { flag: 'wx' });
    this.tree.get(dir)?.files.push(path);
  }

  /**
   * Writes `content` as `name` at the top of the staging directory, not to be moved with the rest
   * (`name` starts with `.gatehouse-`, which no staged file does); returns where it is.
   */
  stageApart(name: string, content: string): string {
    this.makeDir('');
    writeFileSync(this.pathOf(name), content, { flag: 'wx' });
    return this.pathOf(name);
  }

  /** The staged file or directory at `path` (relative to the output directory). */
  pathOf(path: string): string {
    return path === '' ? this.dir : `${this.dir}/${path}`;
  }

  /** What is staged directly in `dir`. */
  entries(dir: string): { files: readonly string[]; dirs: readonly string[] } {
    return this.tree.get(dir) ?? { files: [], dirs: [] };
  }

  discard(): void {
    if (this.tree.has('')) rmSync(this.dir, { recursive: true, force: true });
  }

  private makeDir(dir: string): void {
    if (this.tree.has(dir)) return;
    if (dir !== '') {
      const at = dir.lastIndexOf('/');
      const parent = at < 0 ? '' : dir.slice(0, at);
      this.makeDir(parent);
      this.tree.get(parent)?.dirs.push(dir);
    }
    mkdirSync(this.pathOf(dir));
    this.tree.set(dir, { files: [], dirs: [] });
  }
}

export interface Commit {
  removals: string[];
  /** The new manifest's text, when it changes. */
  manifest: string | undefined;
  /** Paths (files or staging directories) an interrupted run left behind. */
  leftovers: string[];
}

export function applyCommit(root: string, staging: Staging, commit: Commit, onStep: (step: WriterStep) => void): void {
  let changed = 0;
  const step = (done: WriterStep) => {
    if (done === 'renamed' || done === 'renamed-dir' || done === 'removed') changed += 1;
    onStep(done);
  };
  try {
    if (commit.manifest !== undefined) {
      renameSync(staging.stageApart(PENDING_NAME, commit.manifest), join(root, PENDING_NAME));
      step('pending');
    }
    moveStaged(root, staging, '', step);
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

/**
 * Moves what is staged in `dir` onto the tree: each file by its own rename, each staged directory
 * whose target is missing by one rename of the whole directory, the others entry by entry.
 */
// Paths are plain (see unsafePathReason) and root absolute: joined by hand, not re-checked per file.
function moveStaged(root: string, staging: Staging, dir: string, onStep: (step: WriterStep) => void): void {
  const { files, dirs } = staging.entries(dir);
  for (const path of files) {
    renameSync(staging.pathOf(path), `${root}/${path}`);
    onStep('renamed');
  }
  for (const sub of dirs) {
    const target = `${root}/${sub}`;
    if (lstatSync(target, { throwIfNoEntry: false })?.isDirectory() === true) {
      moveStaged(root, staging, sub, onStep);
      continue;
    }
    // Missing (or, against the plan, not a directory: then rename fails with ENOTDIR, following nothing).
    renameSync(staging.pathOf(sub), target);
    onStep('renamed-dir');
  }
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
