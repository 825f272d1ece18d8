// "Did you mean" suggestions and lists of known names, for hints. A config with thousands of
// modules and as many unknown dependency names made this quadratic twice over (every hint
// listed every module; every search re-sorted every name and computed every edit distance in
// full): candidates are now sorted and bucketed by length once, distances stop as soon as they
// exceed what could still matter, and a list shows the closest few and how many more there are.

/** Levenshtein edit distance (insert, delete, substitute), O(a*b) with one row of memory. */
export function editDistance(a: string, b: string): number {
  return boundedEditDistance(a, b, Infinity);
}

let rows = [new Int32Array(64), new Int32Array(64)];

/** The edit distance when it is at most `max`; otherwise some number above `max`, found early. */
function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
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

/** Hints list every name up to this many; beyond, the closest few and "and N more". */
const LIST_ALL_UP_TO = 10;
const LISTED_CLOSEST = 5;
/** Fewer names than this are simply all compared; the letter-pair index pays off above. */
const INDEX_FROM = 64;

/** Known names, prepared once for any number of lookups. */
export class KnownNames {
  /** Code-unit order, which breaks ties between equally close names. */
  readonly sorted: readonly string[];
  private readonly names: ReadonlySet<string>;
  private readonly byLowerCase = new Map<string, string>();
  private index: PairIndex | undefined;

  constructor(names: Iterable<string>) {
    this.names = new Set(names);
    this.sorted = [...this.names].sort();
    for (const name of this.sorted) if (!this.byLowerCase.has(name.toLowerCase())) this.byLowerCase.set(name.toLowerCase(), name);
  }

  has(name: string): boolean {
    return this.names.has(name);
  }

  /** The closest name within max(2, a third of the word's length) edits, other than `except`. */
  closest(word: string, except?: string): string | undefined {
    if (this.names.has(word) && word !== except) return word;
    const sameButCase = this.byLowerCase.get(word.toLowerCase());
    if (sameButCase !== undefined && sameButCase !== except) return sameButCase;
    let bound = Math.max(2, Math.floor(word.length / 3));
    // A name within `bound` edits shares at least word.length - 1 - 2 * bound letter pairs with
    // the word (an edit breaks at most two): Ukkonen's q-gram lemma. Others need no edit distance.
    const shared = this.sorted.length < INDEX_FROM ? undefined : this.pairIndex().counts(word);
    let best: string | undefined;
    for (let i = 0; i < this.sorted.length && bound >= 0; i++) {
      const name = this.sorted[i] ?? '';
      if (name === except || (shared !== undefined && shared[i]! < word.length - 1 - 2 * bound)) continue;
      const distance = boundedEditDistance(word, name, bound);
      if (distance > bound) continue;
      // Ties go to the first name in code-unit order: later ones must be strictly closer.
      best = name;
      bound = distance - 1;
    }
    return best;
  }

  /** `label: a, b, c`; for many names, the few sharing the most letter pairs with `word` and how many more there are. */
  list(label: string, word: string, except?: string): string {
    const names = this.sorted.filter((name) => name !== except);
    if (names.length <= LIST_ALL_UP_TO) return `${label}: ${names.join(', ')}`;
    const counts = this.pairIndex().counts(word);
    const ranked = [...this.sorted.keys()]
      .filter((i) => this.sorted[i] !== except)
      .sort((a, b) => counts[b]! - counts[a]! || a - b)
      .slice(0, LISTED_CLOSEST);
    return `${label} (closest first): ${ranked.map((i) => this.sorted[i]).join(', ')} and ${names.length - ranked.length} more`;
  }

  private pairIndex(): PairIndex {
    this.index ??= new PairIndex(this.sorted);
    return this.index;
  }
}

/** Letter pairs (bigrams) -> the names holding them, with how often. */
class PairIndex {
  private readonly postings = new Map<string, [number, number][]>();
  private readonly size: number;

  constructor(names: readonly string[]) {
    this.size = names.length;
    names.forEach((name, i) => {
      for (const [pair, count] of letterPairs(name)) {
        const list = this.postings.get(pair);
        if (list === undefined) this.postings.set(pair, [[i, count]]);
        else list.push([i, count]);
      }
    });
  }

  /** Per name index, the letter pairs it shares with `word` (as multisets). */
  counts(word: string): Int32Array {
    const counts = new Int32Array(this.size);
    for (const [pair, count] of letterPairs(word)) {
      for (const [i, theirs] of this.postings.get(pair) ?? []) counts[i]! += Math.min(count, theirs);
    }
    return counts;
  }
}

function letterPairs(text: string): Map<string, number> {
  const pairs = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) pairs.set(text.slice(i, i + 2), (pairs.get(text.slice(i, i + 2)) ?? 0) + 1);
  return pairs;
}

/** The closest candidate within max(2, a third of the word's length) edits; ties go to the first in code-unit order. */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  return new KnownNames(candidates).closest(word);
}

/** `did you mean "x"?` (x other than `except`), or undefined when nothing is close. */
export function didYouMean(word: string, candidates: Iterable<string> | KnownNames, except?: string): string | undefined {
  const match = (candidates instanceof KnownNames ? candidates : new KnownNames(candidates)).closest(word, except);
  return match === undefined ? undefined : `did you mean "${match}"?`;
}

/** The hint for an unknown name: "did you mean" when one is close, else the (capped) list of known ones. */
export function unknownNameHint(word: string, known: KnownNames, label: string, except?: string): string {
  return didYouMean(word, known, except) ?? known.list(label, word, except);
}
