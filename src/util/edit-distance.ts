// Levenshtein edit distance (insert, delete, substitute) for "did you mean" hints. A hint search
// compares one word with thousands of names, most of them alike (service-0001, service-0002, ...),
// so the distance itself is the hot loop: words of up to 32 UTF-16 code units use Myers'
// bit-parallel algorithm (one pass over the name, a few integer operations per letter, as
// formulated by Hyyrö, "Explaining and extending the bit-parallel approximate string matching
// algorithm of Myers", 2001); longer words use the classic dynamic programme.

/** The edit distance of `a` and `b`. */
export function editDistance(a: string, b: string): number {
  return boundedEditDistance(a, b, Infinity);
}

/** The edit distance when it is at most `max`; otherwise some number above `max`, found early. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length === 0 || b.length === 0) return Math.max(a.length, b.length);
  return a.length <= WORD_BITS ? bitParallelDistance(a, b, max) : rowByRowDistance(a, b, max);
}

const WORD_BITS = 32;

/** The last word's letter masks: a hint search measures one word against many names in a row. */
let pattern = '';
let masks = new Map<number, number>();

function lettersOf(word: string): Map<number, number> {
  if (word !== pattern) {
    masks = new Map();
    for (let i = 0; i < word.length; i++) masks.set(word.charCodeAt(i), (masks.get(word.charCodeAt(i)) ?? 0) | (1 << i));
    pattern = word;
  }
  return masks;
}

/**
 * Column by column over `b`, the vertical deltas of the whole column of `a` (at most 32 letters)
 * are held as two bit vectors; `score` follows the last row. Integer overflow above bit 31 is
 * harmless: carries only move upwards, and only the lowest a.length bits are read.
 */
function bitParallelDistance(a: string, b: string, max: number): number {
  const letters = lettersOf(a);
  const last = 1 << (a.length - 1);
  let plus = -1;
  let minus = 0;
  let score = a.length;
  for (let j = 0; j < b.length; j++) {
    const equal = letters.get(b.charCodeAt(j)) ?? 0;
    const vertical = equal | minus;
    const horizontal = ((((equal & plus) + plus) | 0) ^ plus) | equal;
    let horizontalPlus = minus | ~(horizontal | plus);
    let horizontalMinus = plus & horizontal;
    if (horizontalPlus & last) score++;
    else if (horizontalMinus & last) score--;
    // The rest of `b` can lower the score by at most one per letter.
    if (score - (b.length - 1 - j) > max) return max + 1;
    // Row 0 of the table grows by one per letter of `b`: a 1 shifts in for a global distance.
    horizontalPlus = (horizontalPlus << 1) | 1;
    horizontalMinus <<= 1;
    plus = horizontalMinus | ~(vertical | horizontalPlus);
    minus = horizontalPlus & vertical;
  }
  return score;
}

let rows = [new Int32Array(64), new Int32Array(64)];

/** O(a*b) with one row of memory, stopping once a whole row is above `max`. */
function rowByRowDistance(a: string, b: string, max: number): number {
  if (rows[0]!.length <= b.length) rows = [new Int32Array(b.length * 2 + 1), new Int32Array(b.length * 2 + 1)];
  let [previous, current] = rows as [Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const letter = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (letter === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}
