// Seals: what lets generate and check skip a module without rendering it. A unit's files are a
// pure function of its inputs (EmitUnit.inputKey digests every argument its emitter reads) and of
// gatehouse itself (the generator fingerprint: its code, templates and dependencies). The seal
// binds the two to the files that function produced:
//
//   seal = SHA-256(fingerprint, inputKey, every (path, SHA-256) of the unit's files)
//
// A unit is skipped only when the seal recomputed from the files on disk now equals a recorded
// one: then the same gatehouse, given the same inputs, produced exactly these bytes, and producing
// them again would change nothing. Any difference (an input, a template, a line of gatehouse, a
// file edited, added or deleted) gives another seal, and the unit is rendered as usual. Pure.
import { createHash } from 'node:crypto';
import type { ManifestEntry } from './manifest.js';
import { sortEntries } from './manifest.js';

export function unitSeal(fingerprint: string, inputKey: string, files: readonly ManifestEntry[]): string {
  const hash = createHash('sha256').update(`gatehouse seal 1\0${fingerprint}\0${inputKey}\0`);
  for (const file of sortEntries(files)) hash.update(`${file.path}\0${file.sha256}\n`);
  return hash.digest('hex');
}
