// Temporary directories for writer tests, and the guard that keeps those tests inside them:
// every helper that lets the writer loose refuses a directory outside os.tmpdir() (projen's
// Testing.synth does the same), so a wrong path in a test can never rewrite the repository.
import { mkdtemp, readdir, readFile, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import type { FileSet } from '../../src/emit/types.js';
import { CACHE_DIR } from '../../src/output/stat-cache.js';
import type { OutputOptions, OutputResult } from '../../src/output/writer.js';
import { writeOutput } from '../../src/output/writer.js';

const created: string[] = [];

export async function makeTempDir(): Promise<string> {
  const dir = await mkdtemp(join(await realpath(tmpdir()), 'gatehouse-test-'));
  created.push(dir);
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  for (const dir of created.splice(0)) {
    await assertInsideTempDir(dir);
    await rm(dir, { recursive: true, force: true });
  }
}

/** Throws unless `path` (or its closest existing ancestor) resolves strictly inside os.tmpdir(). */
export async function assertInsideTempDir(path: string): Promise<void> {
  const root = await realpath(tmpdir());
  let existing = path;
  for (;;) {
    try {
      existing = await realpath(existing);
      break;
    } catch {
      if (dirname(existing) === existing) break;
      existing = dirname(existing);
    }
  }
  if (!existing.startsWith(root + sep)) {
    throw new Error(`refusing to run a writer test outside ${root}: ${path}`);
  }
}

/** `writeOutput`, guarded: only ever into a temporary directory. */
export async function writeOutputInTemp(outDir: string, files: FileSet, options: OutputOptions): Promise<OutputResult> {
  await assertInsideTempDir(outDir);
  return writeOutput(outDir, files, options);
}

/**
 * Every file under `dir` (dotfiles included) as POSIX relative path -> content, sorted by path;
 * not the stat cache, which is no part of the generated tree (test/output/stat-cache.test.ts).
 */
export async function readTree(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const paths = entries
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.startsWith(`${CACHE_DIR}/`))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const tree: Record<string, string> = {};
  for (const path of paths) tree[path] = await readFile(join(dir, path), 'utf8').catch(() => '<unreadable>');
  return tree;
}

/** Every directory under `dir`, relative, sorted; not the stat cache's (see readTree). */
export async function listDirs(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => path !== CACHE_DIR)
    .sort();
}
