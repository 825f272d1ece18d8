// Which files to write or delete so a branch holds gatehouse's files, decided from blob ids
// (the branch's tree listing, the ids of what gatehouse would write, the manifest of what it wrote
// before). Files gatehouse never wrote are never touched; a file edited by hand, or one in the
// way that gatehouse did not write, is refused unless `force`. Pure.
import { blobId } from '../../util/git-objects.js';
import type { Problem } from '../codes.js';
import { problem, warning } from '../codes.js';
import type { TreeChange } from '../port.js';
import type { RecordedFiles } from './manifest.js';
import { DELIVERY_MANIFEST, renderDeliveryManifest } from './manifest.js';

export interface DesiredFile {
  path: string;
  content: string;
}

export interface FileChange extends TreeChange {
  why: 'added' | 'updated' | 'removed' | 'overwritten';
}

export interface ChangePlan {
  /** Empty when the branch already holds exactly gatehouse's files. */
  changes: FileChange[];
  problems: Problem[];
}

/**
 * @param current the branch's files (path -> blob id)
 * @param recorded what gatehouse wrote there before (its manifest), if anything
 * @param where `owner/name@branch`, for messages
 */
export function planFileChanges(desired: readonly DesiredFile[], current: ReadonlyMap<string, string>, recorded: RecordedFiles | undefined, force: boolean, where: string): ChangePlan {
  const changes: FileChange[] = [];
  const problems: Problem[] = [];
  const written: RecordedFiles = {};
  for (const file of desired) {
    const want = blobId(file.content);
    written[file.path] = want;
    const have = current.get(file.path);
    if (have === want) continue;
    const before = recorded?.[file.path];
    if (have === undefined || have === before) changes.push({ path: file.path, content: file.content, why: have === undefined ? 'added' : 'updated' });
    else if (force) changes.push({ path: file.path, content: file.content, why: 'overwritten' });
    else problems.push(conflict(file.path, before, where));
  }
  for (const [path, before] of Object.entries(recorded ?? {})) {
    if (written[path] !== undefined) continue;
    const have = current.get(path);
    if (have === undefined) continue;
    if (have === before || force) changes.push({ path, content: null, why: 'removed' });
    else problems.push(warning('GH703', `${path} in ${where} is no longer generated but was edited by hand, so it was kept`, 'delete it yourself, or pass --force to delete it'));
  }
  const manifest = renderDeliveryManifest(written);
  if (changes.length > 0 || current.get(DELIVERY_MANIFEST) !== blobId(manifest)) changes.push({ path: DELIVERY_MANIFEST, content: manifest, why: current.has(DELIVERY_MANIFEST) ? 'updated' : 'added' });
  return { changes, problems };
}

function conflict(path: string, before: string | undefined, where: string): Problem {
  if (before === undefined) {
    return problem('GH704', `${path} in ${where} was not written by gatehouse`, 'compare it with the generated file; pass --force to replace it');
  }
  return problem('GH703', `${path} in ${where} was edited by hand since gatehouse wrote it`, 'move the change into modules.yaml or the templates, or pass --force to overwrite it');
}

/** `2 added, 1 updated` for messages. */
export function describeChanges(changes: readonly FileChange[]): string {
  const counts = new Map<string, number>();
  for (const change of changes) if (change.path !== DELIVERY_MANIFEST) counts.set(change.why, (counts.get(change.why) ?? 0) + 1);
  return [...counts].map(([why, n]) => `${n} ${why}`).join(', ') || 'manifest only';
}
