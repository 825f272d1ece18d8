// Decides, without touching the disk, what one `generate` does with each path: write it, keep it,
// remove it, or refuse. `check` reads the same decisions as findings. Pure.
import { MANIFEST_NAME } from './manifest.js';
import { sha256Hex } from './manifest.js';
import type { CurrentFile } from './disk-state.js';
import { hasConflictMarkers } from './conflict-markers.js';

export type FileStatus = 'missing' | 'stale' | 'orphaned' | 'hand-edited' | 'conflicted' | 'leftover';

/** One file that differs from what generate produces; `before` is what is on disk, if anything. */
export interface Finding {
  path: string;
  status: FileStatus;
  detail: string;
  before?: string;
  after?: string;
}

/** `forceable` refusals go away with --force and always have a `hand-edited` Finding too. */
export interface Refusal {
  path: string;
  reason: string;
  forceable: boolean;
}

export interface Decision {
  /** write: (re)write the new content; keep: already right; remove: an orphan; leave: nothing to do or refused. */
  action: 'write' | 'keep' | 'remove' | 'leave';
  finding?: Finding;
  refusal?: Refusal;
}

/** The hashes gatehouse is known to have written at a path (its manifest, both sides of a merge, an interrupted run). */
export type Written = readonly string[] | undefined;

export const FORCE_HINT = 'rerun with --force to discard the change';
const CONFLICTED = 'has git merge conflict markers (a merge, not an edit by hand)';

/** `texts`: put what is on disk and what generate writes into the finding, for check's diff. */
export function decideFile(path: string, content: Buffer, current: CurrentFile, written: Written, force: boolean, texts: boolean): Decision {
  const after = texts ? { after: content.toString('utf8') } : {};
  if (current.state === 'absent') return { action: 'write', finding: { path, status: 'missing', detail: 'not generated yet', ...after } };
  if (current.state === 'blocked') return { action: 'leave', refusal: { path, reason: `cannot write it: ${current.reason}`, forceable: false } };
  if (current.bytes.equals(content)) return { action: 'keep' };
  const before = texts ? { before: current.bytes.toString('utf8') } : {};
  const found = (status: FileStatus, detail: string) => ({ path, status, detail, ...before, ...after });
  if (written?.includes(sha256Hex(current.bytes))) return { action: 'write', finding: found('stale', 'out of date: generate rewrites it') };
  if (written !== undefined && hasConflictMarkers(current.bytes.toString('utf8'))) {
    return { action: 'write', finding: found('conflicted', `${CONFLICTED}: generate rewrites it`) };
  }
  const userFile = written === undefined;
  const detail = userFile
    ? `not written by gatehouse (it is not in ${MANIFEST_NAME}), and generate would overwrite it`
    : `edited by hand since the last generate (its SHA-256 no longer matches ${MANIFEST_NAME})`;
  const fix = userFile ? 'move your file elsewhere, or rerun with --force to overwrite it' : `move the change into modules.yaml, or ${FORCE_HINT}`;
  const refusal = force ? {} : { refusal: { path, reason: `refusing to overwrite it: ${detail}; ${fix}`, forceable: true } };
  return { action: 'write', finding: found('hand-edited', detail), ...refusal };
}

/** A path gatehouse wrote before (`written` is never empty) that it no longer generates. */
export function decideOrphan(path: string, current: CurrentFile, written: readonly string[], force: boolean, texts: boolean): Decision {
  if (current.state === 'absent') return { action: 'leave' };
  if (current.state === 'blocked') return { action: 'leave', refusal: { path, reason: `cannot remove it: ${current.reason}`, forceable: false } };
  const text = current.bytes.toString('utf8');
  const before = texts ? { before: text } : {};
  if (written.includes(sha256Hex(current.bytes))) {
    return { action: 'remove', finding: { path, status: 'orphaned', detail: 'no longer generated: generate removes it', ...before } };
  }
  if (hasConflictMarkers(text)) {
    return { action: 'remove', finding: { path, status: 'conflicted', detail: `no longer generated, and ${CONFLICTED}: generate removes it`, ...before } };
  }
  const detail = `no longer generated, but edited by hand since the last generate (its SHA-256 no longer matches ${MANIFEST_NAME})`;
  const reason = `refusing to remove it: ${detail}; keep your copy elsewhere, or ${FORCE_HINT}`;
  return { action: 'remove', finding: { path, status: 'hand-edited', detail, ...before }, ...(force ? {} : { refusal: { path, reason, forceable: true } }) };
}
