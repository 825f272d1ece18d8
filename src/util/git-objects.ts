// Git object ids computed locally (pure): the id git gives a file's content (a blob) and a
// directory of such files (a tree). gatehouse compares what it would write with what a
// repository holds by these ids, without downloading the repository's files.
import { createHash } from 'node:crypto';
import { compareCodeUnits } from './compare.js';

const FILE_MODE = '100644';
const TREE_MODE = '40000';

function objectId(type: 'blob' | 'tree', body: Buffer): string {
  return createHash('sha1').update(`${type} ${body.length}\0`).update(body).digest('hex');
}

/** `git hash-object` of UTF-8 text. */
export function blobId(content: string): string {
  return objectId('blob', Buffer.from(content, 'utf8'));
}

/**
 * `git write-tree` of regular files (mode 100644) given as path -> blob id, paths POSIX and
 * relative: what `git rev-parse <commit>:` prints for a commit holding exactly those files.
 */
export function treeId(blobs: ReadonlyMap<string, string>): string {
  const root: Dir = new Map();
  for (const [path, id] of blobs) insert(root, path.split('/'), id);
  return dirId(root);
}

type Dir = Map<string, Dir | string>;

function insert(dir: Dir, segments: string[], id: string): void {
  const [head, ...rest] = segments;
  if (head === undefined) return;
  if (rest.length === 0) {
    dir.set(head, id);
    return;
  }
  let child = dir.get(head);
  if (typeof child !== 'object') {
    child = new Map();
    dir.set(head, child);
  }
  insert(child, rest, id);
}

function dirId(dir: Dir): string {
  // Git sorts tree entries by name, a directory as if its name ended in '/'.
  const sortKey = ([name, entry]: [string, Dir | string]) => (typeof entry === 'string' ? name : `${name}/`);
  const entries = [...dir.entries()].sort((a, b) => compareCodeUnits(sortKey(a), sortKey(b)));
  const parts = entries.map(([name, entry]) => {
    const [mode, id] = typeof entry === 'string' ? [FILE_MODE, entry] : [TREE_MODE, dirId(entry)];
    return Buffer.concat([Buffer.from(`${mode} ${name}\0`, 'utf8'), Buffer.from(id, 'hex')]);
  });
  return objectId('tree', Buffer.concat(parts));
}
