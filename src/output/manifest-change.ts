// Whether the manifest on disk must be rewritten, and what check says about it. Seals are a cache:
// generate refreshes them (after an upgrade of gatehouse every seal changes, and keeping the old
// ones would make every later run render everything), but check does not call a manifest whose
// files are right stale because of its seals: a stale seal costs time, never correctness. Pure.
import type { ManifestEntry, UnitSeal } from './manifest.js';
import { MANIFEST_NAME, renderManifestFilesPieces, renderManifestSeals, sha256Hex, sortEntries } from './manifest.js';
import type { Ownership } from './ownership.js';
import type { Finding } from './plan-sync.js';

export interface ManifestChange {
  /** The new manifest's text in pieces (see renderManifestFilesPieces), or undefined when the one on disk stays. */
  text: readonly string[] | undefined;
  findings: Finding[];
  /** The new manifest's files, sorted as it lists them, and the SHA-256 of the part that lists them. */
  files: { entries: readonly ManifestEntry[]; sha256: string };
}

/** `sealsOfFiles`: seals taken over the new manifest's file list, given its SHA-256 (the run's seal, run-seal.ts). */
export function decideManifest(
  ownership: Ownership,
  entries: readonly ManifestEntry[],
  seals: readonly UnitSeal[],
  texts: boolean,
  sealsOfFiles: (filesSha256: string) => UnitSeal[] = () => [],
): ManifestChange {
  const sorted = sortEntries(entries);
  // Hashed piece by piece: joined, the text would be one more string of the manifest's size (13 MB
  // at 5000 modules), and check never writes it.
  const pieces = renderManifestFilesPieces(sorted);
  const files = { entries: sorted, sha256: sha256Hex(...pieces) };
  const text = [...pieces, renderManifestSeals([...seals, ...sealsOfFiles(files.sha256)])];
  const onDisk = ownership.manifestOnDisk;
  if (onDisk?.sha256 === sha256Hex(...text)) return { text: undefined, findings: [], files };
  const known = ownership.findings.find((finding) => finding.path === MANIFEST_NAME);
  // Same files, read without trouble: what follows them can only be (other) seals.
  if (known === undefined && onDisk?.filesSha256 === files.sha256) return { text, findings: [], files };
  // A stale or missing manifest gets no diff: hash lines tell a reviewer nothing the other
  // findings do not. A hand-edited one does, to show what was changed.
  if (known !== undefined) {
    if (texts && known.status === 'hand-edited' && onDisk?.text !== undefined) Object.assign(known, { before: onDisk.text, after: text.join('') });
    return { text, findings: [], files };
  }
  return { text, findings: [{ path: MANIFEST_NAME, status: 'stale', detail: 'out of date: generate rewrites it' }], files };
}
