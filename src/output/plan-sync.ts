// Decides, without touching the disk, everything one `generate` would do: which files to write,
// which to leave, which orphans to remove, and what to refuse. `check` reads the same decision.
import type { FileSet, GeneratedFile } from '../emit/types.js';
import type { ManifestEntry, ParsedManifest } from './manifest.js';
import { MANIFEST_NAME, buildManifest, renderManifest, sha256Hex } from './manifest.js';
import type { CurrentFile } from './safe-path.js';
import { unsafePathReason } from './safe-path.js';
import { compareCodeUnits } from '../util/compare.js';

export type FileStatus = 'missing' | 'stale' | 'orphaned' | 'hand-edited';

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

export interface SyncInput {
  files: FileSet;
  manifest: ParsedManifest | undefined;
  manifestOnDisk: CurrentFile;
  /** What is on disk for every path in `files` and in the old manifest. */
  current: ReadonlyMap<string, CurrentFile>;
  force: boolean;
}

export interface SyncPlan {
  writes: GeneratedFile[];
  unchanged: string[];
  removals: string[];
  manifest: GeneratedFile;
  /** Everything that differs from generate's output, manifest included, sorted by path. */
  findings: Finding[];
  refusals: Refusal[];
}

const FORCE_HINT = 'rerun with --force to discard the change';

export function planSync(input: SyncInput): SyncPlan {
  const plan: SyncPlan = { writes: [], unchanged: [], removals: [], manifest: { path: MANIFEST_NAME, content: '' }, findings: [], refusals: [] };
  const files = input.files.filter((file) => acceptNewPath(file.path, input.files, plan));
  const old = oldEntries(input, plan);
  const oldHashes = new Map(old.map((entry) => [entry.path, entry.sha256]));
  for (const file of files) planFile(file, input.current.get(file.path), oldHashes.get(file.path), input.force, plan);
  const newPaths = new Set(files.map((file) => file.path));
  for (const entry of old) {
    if (!newPaths.has(entry.path)) planOrphan(entry, input.current.get(entry.path), input.force, plan);
  }
  plan.manifest = { path: MANIFEST_NAME, content: renderManifest(buildManifest(files)) };
  planManifest(input, plan);
  plan.findings.sort((a, b) => compareCodeUnits(a.path, b.path));
  return plan;
}

function acceptNewPath(path: string, files: FileSet, plan: SyncPlan): boolean {
  const unsafe = unsafePathReason(path) ?? (path === MANIFEST_NAME ? 'the name is reserved for the manifest' : undefined);
  const nested = files.find((other) => other.path.startsWith(path + '/'));
  const reason = unsafe ?? (nested ? `it would have to be both a file and the directory of ${nested.path}` : undefined);
  if (reason === undefined) return true;
  plan.refusals.push({ path, reason: `internal error, please report: an emitter produced this path and ${reason}`, forceable: false });
  return false;
}

/** The old manifest's entries the writer may act on; an unusable manifest or entry is a refusal. */
function oldEntries(input: SyncInput, plan: SyncPlan): ManifestEntry[] {
  if (input.manifest === undefined) return [];
  const problems: string[] = [];
  let entries: ManifestEntry[] = [];
  if ('error' in input.manifest) {
    problems.push(`it cannot be read: ${input.manifest.error}; without it gatehouse cannot tell its own files from yours`);
  } else {
    entries = input.manifest.entries.filter((entry) => {
      const unsafe = unsafePathReason(entry.path) ?? (entry.path === MANIFEST_NAME ? 'it names the manifest itself' : undefined);
      if (unsafe !== undefined) problems.push(`it lists ${JSON.stringify(entry.path)}, which gatehouse never writes (${unsafe}); the entry is never acted on`);
      return unsafe === undefined;
    });
  }
  if (problems.length === 0) return entries;
  const detail = `edited by hand: ${problems.join('; ')}`;
  plan.findings.push({ path: MANIFEST_NAME, status: 'hand-edited', detail });
  if (!input.force) plan.refusals.push({ path: MANIFEST_NAME, reason: `${detail}; ${FORCE_HINT} (rewrites the manifest)`, forceable: true });
  return entries;
}

function planFile(file: GeneratedFile, current: CurrentFile | undefined, oldHash: string | undefined, force: boolean, plan: SyncPlan): void {
  if (current === undefined || current.state === 'absent') {
    plan.writes.push(file);
    plan.findings.push({ path: file.path, status: 'missing', detail: 'not generated yet', after: file.content });
    return;
  }
  if (current.state === 'blocked') {
    plan.refusals.push({ path: file.path, reason: `cannot write it: ${current.reason}`, forceable: false });
    return;
  }
  if (current.bytes.equals(Buffer.from(file.content, 'utf8'))) {
    plan.unchanged.push(file.path);
    return;
  }
  plan.writes.push(file);
  const before = current.bytes.toString('utf8');
  if (oldHash !== undefined && oldHash === sha256Hex(current.bytes)) {
    plan.findings.push({ path: file.path, status: 'stale', detail: 'out of date: generate rewrites it', before, after: file.content });
    return;
  }
  const userFile = oldHash === undefined;
  const detail = userFile
    ? `not written by gatehouse (it is not in ${MANIFEST_NAME}), and generate would overwrite it`
    : `edited by hand since the last generate (its SHA-256 no longer matches ${MANIFEST_NAME})`;
  plan.findings.push({ path: file.path, status: 'hand-edited', detail, before, after: file.content });
  const fix = userFile ? 'move your file elsewhere, or rerun with --force to overwrite it' : `move the change into modules.yaml, or ${FORCE_HINT}`;
  if (!force) plan.refusals.push({ path: file.path, reason: `refusing to overwrite it: ${detail}; ${fix}`, forceable: true });
}

function planOrphan(entry: ManifestEntry, current: CurrentFile | undefined, force: boolean, plan: SyncPlan): void {
  if (current === undefined || current.state === 'absent') return;
  if (current.state === 'blocked') {
    plan.refusals.push({ path: entry.path, reason: `cannot remove it: ${current.reason}`, forceable: false });
    return;
  }
  plan.removals.push(entry.path);
  const before = current.bytes.toString('utf8');
  if (sha256Hex(current.bytes) === entry.sha256) {
    plan.findings.push({ path: entry.path, status: 'orphaned', detail: 'no longer generated: generate removes it', before });
    return;
  }
  const detail = `no longer generated, but edited by hand since the last generate (its SHA-256 no longer matches ${MANIFEST_NAME})`;
  plan.findings.push({ path: entry.path, status: 'hand-edited', detail, before });
  if (!force) plan.refusals.push({ path: entry.path, reason: `refusing to remove it: ${detail}; keep your copy elsewhere, or ${FORCE_HINT}`, forceable: true });
}

function planManifest(input: SyncInput, plan: SyncPlan): void {
  const onDisk = input.manifestOnDisk;
  if (onDisk.state === 'blocked') {
    plan.refusals.push({ path: MANIFEST_NAME, reason: `cannot write it: ${onDisk.reason}`, forceable: false });
    return;
  }
  // A stale or missing manifest gets no diff: hash lines tell a reviewer nothing the other
  // findings do not. A hand-edited one does, to show what was changed.
  if (onDisk.state === 'absent') {
    plan.findings.push({ path: MANIFEST_NAME, status: 'missing', detail: 'not generated yet' });
    return;
  }
  const before = onDisk.bytes.toString('utf8');
  const handEdited = plan.findings.find((finding) => finding.path === MANIFEST_NAME);
  if (handEdited) Object.assign(handEdited, { before, after: plan.manifest.content });
  else if (before !== plan.manifest.content) plan.findings.push({ path: MANIFEST_NAME, status: 'stale', detail: 'out of date: generate rewrites it' });
}
