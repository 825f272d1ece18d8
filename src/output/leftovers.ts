// What an interrupted generate leaves behind: its staging directory, its pending manifest, the
// temp files of gatehouse versions that wrote next to each target, a lock whose process is gone.
// check reports them; generate removes them once its own work is done.
import type { OutputDisk } from './disk-state.js';
import { OLD_TEMP } from './disk-state.js';
import { join } from 'node:path';
import { inspectLock, isLeftLockFile, LOCK_NAME } from './lock.js';
import { MANIFEST_NAME } from './manifest.js';
import type { Finding, Refusal } from './plan-sync.js';
import { PENDING_NAME } from './apply-sync.js';
import { CACHE_DIR } from './stat-cache.js';

export interface Leftovers {
  findings: Finding[];
  refusals: Refusal[];
  /** What generate removes. */
  paths: string[];
}

/** `ownStaging` is this run's staging directory (write mode), which is no leftover. */
export async function findLeftovers(disk: OutputDisk, root: string, ownStaging: string | undefined): Promise<Leftovers> {
  const leftovers: Leftovers = { findings: [], refusals: [], paths: [] };
  const add = (path: string, detail: string) => {
    leftovers.findings.push({ path, status: 'leftover', detail });
    leftovers.paths.push(path);
  };
  for (const name of disk.list('')?.keys() ?? []) {
    if (name === PENDING_NAME) add(name, 'the new manifest of an interrupted generate: generate finishes that run, without --force, and removes it');
    else if (name.startsWith(`${LOCK_NAME}.`)) {
      if (await isLeftLockFile(join(root, name))) add(name, 'left by an interrupted generate: generate removes it');
    } else if (isWriterName(name) && name !== ownStaging) add(name, 'left by an interrupted generate: generate removes it');
  }
  for (const path of disk.oldTempFiles) add(path, 'a temporary file of an interrupted generate: generate removes it');
  if (ownStaging === undefined) await addLock(root, leftovers);
  return leftovers;
}

/** Top-level names only the writer uses, other than the manifest, the lock, the pending manifest and the stat cache. */
function isWriterName(name: string): boolean {
  return name.startsWith('.gatehouse-') && name !== MANIFEST_NAME && name !== LOCK_NAME && name !== CACHE_DIR && !OLD_TEMP.test(name);
}

/** check only (generate holds the lock itself): a live lock means check may see half a run. */
async function addLock(root: string, leftovers: Leftovers): Promise<void> {
  const lock = await inspectLock(root);
  if (lock === undefined) return;
  if (lock.stale) leftovers.findings.push({ path: LOCK_NAME, status: 'leftover', detail: `the lock of an interrupted generate (${lock.holder}, which no longer runs): generate replaces it` });
  else leftovers.refusals.push({ path: LOCK_NAME, reason: lock.message, forceable: false });
}
