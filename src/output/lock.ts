// One generate at a time per output directory: `<out>/.gatehouse-lock`, holding the pid and host
// of the run that writes. Two runs interleaving their renames and manifests would leave a tree
// and a manifest that belong to neither.
//
// Stale locks are recognised by pid and host, not by age: a lock whose host is this machine and
// whose process no longer exists was left by a crash and is taken over at once. An age limit
// would either keep users waiting after every crash or, on a slow CI runner or at 5000 modules,
// let a second run in while the first still writes. A lock from another host (a shared network
// directory), or one whose pid was reused by an unrelated process, is never broken automatically:
// the message says who holds it and how to remove it.
import { randomBytes } from 'node:crypto';
import { link, readFile, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_NAME = '.gatehouse-lock';
/** Held only while a stale lock is replaced, so two runs never both break the same one. */
const BREAK_NAME = `${LOCK_NAME}.break`;

interface LockOwner {
  pid: number;
  host: string;
  token: string;
}

export type LockResult = { held: Lock } | { refused: string };

export class Lock {
  constructor(
    private readonly root: string,
    private readonly owner: LockOwner,
  ) {}

  /** Removes the lock if it is still ours (someone may have removed a lock they judged stale). */
  async release(): Promise<void> {
    const current = await readOwner(join(this.root, LOCK_NAME));
    if (current?.token === this.owner.token) await unlink(join(this.root, LOCK_NAME)).catch(ignoreMissing);
  }
}

export async function acquireLock(root: string): Promise<LockResult> {
  const owner: LockOwner = { pid: process.pid, host: hostname(), token: randomBytes(8).toString('hex') };
  if (await createWithContent(join(root, LOCK_NAME), owner)) return { held: new Lock(root, owner) };
  const holder = await readOwner(join(root, LOCK_NAME));
  if (holder !== undefined && !isStale(holder)) return { refused: heldMessage(root, holder) };
  if (!(await takeBreakLock(root, owner))) {
    return { refused: 'another gatehouse run is replacing a stale lock in this directory; run again in a moment' };
  }
  try {
    // Still the stale lock we judged (or a lock that never got content)? Then it is ours to replace.
    const again = await readOwner(join(root, LOCK_NAME));
    if (again?.token === holder?.token) await unlink(join(root, LOCK_NAME)).catch(ignoreMissing);
    if (await createWithContent(join(root, LOCK_NAME), owner)) return { held: new Lock(root, owner) };
    const winner = await readOwner(join(root, LOCK_NAME));
    return { refused: winner === undefined ? 'another gatehouse run took the lock first' : heldMessage(root, winner) };
  } finally {
    await unlink(join(root, BREAK_NAME)).catch(ignoreMissing);
  }
}

/** The break lock is held for milliseconds; one left by a crash is itself stale and replaced. */
async function takeBreakLock(root: string, owner: LockOwner): Promise<boolean> {
  if (await createWithContent(join(root, BREAK_NAME), owner)) return true;
  const breaker = await readOwner(join(root, BREAK_NAME));
  if (breaker === undefined || !isStale(breaker)) return false;
  await unlink(join(root, BREAK_NAME)).catch(ignoreMissing);
  return createWithContent(join(root, BREAK_NAME), owner);
}

/**
 * Whether a lock-related file (the break lock, a lock's temp file) was left by a process that is
 * gone; a live run's file is not a leftover, even for a moment.
 */
export async function isLeftLockFile(path: string): Promise<boolean> {
  const owner = await readOwner(path).catch(() => undefined);
  return owner !== undefined && (owner.pid < 0 || isStale(owner));
}

/** Who holds the lock of `root` and whether they are gone, for check; undefined when there is none. */
export async function inspectLock(root: string): Promise<{ stale: boolean; holder: string; message: string } | undefined> {
  const holder = await readOwner(join(root, LOCK_NAME)).catch(() => undefined);
  if (holder === undefined) return undefined;
  return { stale: isStale(holder), holder: `pid ${holder.pid} on ${holder.host}`, message: heldMessage(root, holder) };
}

function heldMessage(root: string, holder: LockOwner): string {
  const who = holder.pid > 0 ? `another gatehouse generate (pid ${holder.pid} on ${holder.host}) is writing this directory` : `${LOCK_NAME} is not a lock gatehouse wrote`;
  return `${who}; run again when it has finished, or, if no such process exists, remove ${join(root, LOCK_NAME)}`;
}

/** Left by a process of this host that no longer runs. */
function isStale(holder: LockOwner): boolean {
  if (holder.host !== hostname() || !(holder.pid > 0)) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Creates `path` holding `owner`, atomically and only if it does not exist: the content is written
 * to a temp file first and hard-linked into place, so a lock is never seen empty.
 */
async function createWithContent(path: string, owner: LockOwner): Promise<boolean> {
  const temp = `${path}.${owner.token}.tmp`;
  await writeFile(temp, JSON.stringify(owner) + '\n', { flag: 'wx' });
  try {
    await link(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(temp).catch(ignoreMissing);
  }
}

async function readOwner(path: string): Promise<LockOwner | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const data = JSON.parse(text) as Partial<LockOwner>;
    if (typeof data.pid === 'number' && typeof data.host === 'string' && typeof data.token === 'string') return data as LockOwner;
  } catch {
    // fall through: not a lock gatehouse wrote
  }
  return { pid: -1, host: '', token: 'unreadable' };
}

function ignoreMissing(error: unknown): void {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
}
