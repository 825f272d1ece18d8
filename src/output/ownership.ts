// What gatehouse knows it wrote, from the manifest and, after an interrupted run, the pending
// manifest that run left: every hash it wrote per path, and every seal per unit directory. An
// unusable manifest or entry is a finding (and, without --force, a refusal). Pure.
import type { CurrentFile } from './disk-state.js';
import { MANIFEST_NAME, manifestFilesPart, parseManifest, sha256Hex } from './manifest.js';
import type { Finding, Refusal } from './plan-sync.js';
import { FORCE_HINT } from './plan-sync.js';
import { PENDING_NAME } from './apply-sync.js';
import { unsafePathReason } from './safe-path.js';

export interface Ownership {
  /** Path -> every SHA-256 gatehouse wrote there (one, or a few after a merge or a crash). */
  written: Map<string, string[]>;
  /** Unit directory -> recorded seals. */
  seals: Map<string, string[]>;
  /** The manifest on disk, when it is a file, as digests: at 5000 modules its text is 13 MB. */
  manifestOnDisk: ManifestOnDisk | undefined;
  findings: Finding[];
  refusals: Refusal[];
}

export interface ManifestOnDisk {
  sha256: string;
  /** Of the part before the seals (see renderManifestFiles): equal when only seals differ. */
  filesSha256: string;
  /** Kept only when the manifest has a finding, for check's diff. */
  text?: string;
}

export function buildOwnership(manifestFile: CurrentFile, pendingFile: CurrentFile, force: boolean): Ownership {
  const ownership: Ownership = { written: new Map(), seals: new Map(), manifestOnDisk: undefined, findings: [], refusals: [] };
  if (manifestFile.state === 'blocked') {
    ownership.refusals.push({ path: MANIFEST_NAME, reason: `cannot write it: ${manifestFile.reason}`, forceable: false });
  } else if (manifestFile.state === 'absent') {
    ownership.findings.push({ path: MANIFEST_NAME, status: 'missing', detail: 'not generated yet' });
  } else {
    const text = manifestFile.bytes.toString('utf8');
    const findings = ownership.findings.length;
    addManifest(ownership, MANIFEST_NAME, text, force);
    ownership.manifestOnDisk = {
      sha256: sha256Hex(manifestFile.bytes),
      filesSha256: sha256Hex(manifestFilesPart(text)),
      ...(ownership.findings.length > findings ? { text } : {}),
    };
  }
  if (pendingFile.state === 'file') addManifest(ownership, PENDING_NAME, pendingFile.bytes.toString('utf8'), force);
  return ownership;
}

function addManifest(ownership: Ownership, name: string, text: string, force: boolean): void {
  const parsed = parseManifest(text);
  const problems: string[] = [];
  if ('error' in parsed) {
    problems.push(`it cannot be read: ${parsed.error}; without it gatehouse cannot tell its own files from yours`);
  } else {
    for (const { path, sha256 } of parsed.manifest.entries) {
      const unsafe = unusableEntryReason(path);
      if (unsafe !== undefined) problems.push(`it lists ${JSON.stringify(path)}, which gatehouse never writes (${unsafe}); the entry is never acted on`);
      else addTo(ownership.written, path, sha256);
    }
    for (const { dir, seal } of parsed.manifest.seals) addTo(ownership.seals, dir, seal);
    if (parsed.conflicted) {
      const detail = 'has git merge conflict markers (a merge, not an edit by hand): generate rewrites it, keeping what both sides say gatehouse wrote';
      ownership.findings.push({ path: name, status: 'conflicted', detail });
    }
  }
  if (problems.length > 0) {
    const detail = `edited by hand: ${problems.join('; ')}`;
    ownership.findings.push({ path: name, status: 'hand-edited', detail });
    if (!force) ownership.refusals.push({ path: name, reason: `${detail}; ${FORCE_HINT} (rewrites the manifest)`, forceable: true });
  }
}

/** Why a manifest entry for `path` names nothing gatehouse ever writes, or undefined when it may. */
export function unusableEntryReason(path: string): string | undefined {
  return unsafePathReason(path) ?? (path === MANIFEST_NAME ? 'it names the manifest itself' : undefined);
}

function addTo(map: Map<string, string[]>, key: string, value: string): void {
  const values = map.get(key);
  if (values === undefined) map.set(key, [value]);
  else if (!values.includes(value)) values.push(value);
}
