// Git conflict markers, as `git merge` leaves them in a file both branches changed. A generated
// file holding them is the remains of a merge, not an edit by hand, and a manifest holding them
// still says which files gatehouse wrote, on each side. Pure.

const OPEN = /^<{7}(?: |\r?$)/;
const BASE = /^\|{7}(?: |\r?$)/;
const SPLIT = /^={7}\r?$/;
const CLOSE = /^>{7}(?: |\r?$)/;

export interface ConflictSides {
  /** The text with every conflict resolved to the first side (ours). */
  ours: string;
  /** The text with every conflict resolved to the second side (theirs). */
  theirs: string;
}

/**
 * Both sides of a text with complete conflict hunks (`<<<<<<<`, optional `|||||||` base,
 * `=======`, `>>>>>>>`), or undefined when it has none or a hunk is not closed.
 */
export function conflictSides(text: string): ConflictSides | undefined {
  // Without an opening marker anywhere there is no hunk; most texts are read here only for this,
  // among them the manifest (85,000 lines at 5000 modules), which need not be split into lines.
  if (!text.includes('<'.repeat(7))) return undefined;
  const ours: string[] = [];
  const theirs: string[] = [];
  let state: 'outside' | 'ours' | 'base' | 'theirs' = 'outside';
  let hunks = 0;
  for (const line of text.split('\n')) {
    if (state === 'outside' && OPEN.test(line)) state = 'ours';
    else if (state === 'ours' && BASE.test(line)) state = 'base';
    else if ((state === 'ours' || state === 'base') && SPLIT.test(line)) state = 'theirs';
    else if (state === 'theirs' && CLOSE.test(line)) {
      state = 'outside';
      hunks += 1;
    } else if (state === 'outside') {
      ours.push(line);
      theirs.push(line);
    } else if (state === 'ours') ours.push(line);
    else if (state === 'theirs') theirs.push(line);
  }
  if (hunks === 0 || state !== 'outside') return undefined;
  return { ours: ours.join('\n'), theirs: theirs.join('\n') };
}

export function hasConflictMarkers(text: string): boolean {
  return conflictSides(text) !== undefined;
}
