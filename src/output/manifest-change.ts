// Whether the manifest on disk must be rewritten, and what check says about it. Seals are a cache:
// when only they would change (gatehouse itself changed but wrote the same files), the manifest
// is left alone, so an upgrade that changes no output changes nothing in the repository. Pure.
import type { ManifestEntry, UnitSeal } from './manifest.js';
import { MANIFEST_NAME, renderManifest, sortEntries } from './manifest.js';
import type { Ownership } from './ownership.js';
import type { Finding } from './plan-sync.js';

export interface ManifestChange {
  /** The new manifest text, or undefined when the one on disk stays. */
  text: string | undefined;
  findings: Finding[];
}

export function decideManifest(ownership: Ownership, entries: readonly ManifestEntry[], seals: readonly UnitSeal[], texts: boolean): ManifestChange {
  const sorted = sortEntries(entries);
  const text = renderManifest(sorted, seals);
  const onDisk = ownership.manifestText;
  if (onDisk === text) return { text: undefined, findings: [] };
  const known = ownership.findings.find((finding) => finding.path === MANIFEST_NAME);
  if (known === undefined && ownership.manifest !== undefined && renderManifest(sorted, ownership.manifest.seals) === onDisk) {
    return { text: undefined, findings: [] };
  }
  // A stale or missing manifest gets no diff: hash lines tell a reviewer nothing the other
  // findings do not. A hand-edited one does, to show what was changed.
  if (known !== undefined) {
    if (texts && known.status === 'hand-edited' && onDisk !== undefined) Object.assign(known, { before: onDisk, after: text });
    return { text, findings: [] };
  }
  return { text, findings: [{ path: MANIFEST_NAME, status: 'stale', detail: 'out of date: generate rewrites it' }] };
}
