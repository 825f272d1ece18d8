// Carries out a SyncPlan that has no refusals: atomic writes, orphan removal, empty-dir pruning,
// and the manifest last. Order matters for a crash half-way: a file already rewritten matches the
// new content (so the next run sees it unchanged, not hand-edited), and removed orphans stay listed
// in the old manifest until the new one replaces it (so the next run still owns what is left).
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, rmdir, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { GeneratedFile } from '../emit/types.js';
import type { SyncPlan } from './plan-sync.js';
import { compareCodeUnits } from '../util/compare.js';

export async function applySync(outDir: string, plan: SyncPlan, writeManifest: boolean): Promise<void> {
  const root = resolve(outDir);
  await mkdir(root, { recursive: true });
  for (const file of plan.writes) await writeFileAtomic(root, file);
  for (const path of plan.removals) await unlink(join(root, path));
  await removeEmptyParents(root, plan.removals);
  if (writeManifest) await writeFileAtomic(root, plan.manifest);
}

/** Writes a sibling temp file and renames it over the target, so readers never see half a file. */
export async function writeFileAtomic(root: string, file: GeneratedFile): Promise<void> {
  const target = join(root, file.path);
  await mkdir(dirname(target), { recursive: true });
  // Not derived from the target's name, so a name near the length limit still gets a temp file.
  const temp = join(dirname(target), `.gatehouse-${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, file.content, { encoding: 'utf8', flag: 'wx' });
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** Removes directories that removing orphans left empty, deepest first, never the output dir. */
async function removeEmptyParents(root: string, removed: readonly string[]): Promise<void> {
  const dirs = new Set<string>();
  for (const path of removed) {
    const segments = path.split('/').slice(0, -1);
    for (let i = segments.length; i > 0; i--) dirs.add(segments.slice(0, i).join('/'));
  }
  const deepestFirst = [...dirs].sort((a, b) => b.split('/').length - a.split('/').length || compareCodeUnits(a, b));
  for (const dir of deepestFirst) {
    try {
      await rmdir(join(root, dir));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'ENOENT') throw error;
    }
  }
}
