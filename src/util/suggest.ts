// "Did you mean" suggestions and lists of known names, for hints. A config with thousands of
// modules and as many unknown dependency names made this quadratic twice over (every hint
// listed every module; every search re-sorted every name and computed every edit distance in
// full): candidates are now sorted and bucketed by length once, distances stop as soon as they
// exceed what could still matter, and a list shows the closest few and how many more there are.
import { boundedEditDistance } from './edit-distance.js';

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
    let limit = Math.max(2, Math.floor(word.length / 3));
    // A name within `limit` edits shares at least word.length - 1 - 2 * limit letter pairs with
    // the word (an edit breaks at most two): Ukkonen's q-gram lemma. Names are tried likeliest
    // first, so the limit falls fast and the first name below the lemma's bound ends the search.
    const { order, shared } = this.sorted.length < INDEX_FROM ? { order: this.sorted.keys(), shared: undefined } : this.pairIndex().likeliestFirst(word, word.length - 1 - 2 * limit);
    let best: number | undefined;
    for (const i of order) {
      if (shared !== undefined && shared[i]! < word.length - 1 - 2 * limit) break;
      const name = this.sorted[i] ?? '';
      if (name === except) continue;
      // Ties go to the first name in code-unit order, whatever order the names are tried in: a
      // name after the best so far must be strictly closer.
      const tieWins = best === undefined || i < best;
      const distance = boundedEditDistance(word, name, tieWins ? limit : limit - 1);
      if (distance < limit || (distance === limit && tieWins)) [best, limit] = [i, distance];
    }
    return best === undefined ? undefined : this.sorted[best];
  }

  /** `label: a, b, c`; for many names, the few sharing the most letter pairs with `word` and how many more there are. */
  list(label: string, word: string, except?: string): string {
    const names = this.sorted.filter((name) => name !== except);
    if (names.length <= LIST_ALL_UP_TO) return `${label}: ${names.join(', ')}`;
    const shared = this.pairIndex().counts(word);
    const ranked = firstInOrder(this.sorted.length, LISTED_CLOSEST, (i) => this.sorted[i] !== except, (a, b) => shared[b]! - shared[a]! || a - b);
    return `${label} (closest first): ${ranked.map((i) => this.sorted[i]).join(', ')} and ${names.length - ranked.length} more`;
  }

  private pairIndex(): PairIndex {
    this.index ??= new PairIndex(this.sorted);
    return this.index;
  }
}

/** The first `count` of the indexes 0..size-1 that `keep`, in `compare` order, without sorting them all. */
function firstInOrder(size: number, count: number, keep: (i: number) => boolean, compare: (a: number, b: number) => number): number[] {
  const first: number[] = [];
  for (let i = 0; i < size; i++) {
    if (!keep(i) || (first.length === count && compare(i, first[count - 1]!) >= 0)) continue;
    let at = Math.min(first.length, count - 1);
    while (at > 0 && compare(i, first[at - 1]!) < 0) at--;
    first.splice(at, 0, i);
    first.length = Math.min(first.length, count);
  }
  return first;
}

/** Letter pairs (bigrams) -> the names holding them, with how often. */
class PairIndex {
  /** Per letter pair, the names holding it and how often, as flat (name, count) pairs of numbers. */
  private readonly postings = new Map<string, Int32Array>();
  private readonly size: number;

  constructor(names: readonly string[]) {
    this.size = names.length;
    const lists = new Map<string, number[]>();
    names.forEach((name, i) => {
      for (const [pair, count] of letterPairs(name)) {
        const list = lists.get(pair);
        if (list === undefined) lists.set(pair, [i, count]);
        else list.push(i, count);
      }
    });
    for (const [pair, list] of lists) this.postings.set(pair, Int32Array.from(list));
  }

  /** Per name index, the letter pairs it shares with `word` (as multisets). */
  counts(word: string): Int32Array {
    const counts = new Int32Array(this.size);
    for (const [pair, count] of letterPairs(word)) {
      const list = this.postings.get(pair);
      if (list === undefined) continue;
      for (let k = 0; k < list.length; k += 2) counts[list[k]!]! += Math.min(count, list[k + 1]!);
    }
    return counts;
  }

  /**
   * The names sharing at least `atLeast` letter pairs with `word`, most shared first and in index
   * order among equals (a counting sort: linear, however many names there are).
   */
  likeliestFirst(word: string, atLeast: number): { order: Int32Array; shared: Int32Array } {
    const shared = this.counts(word);
    const floor = Math.max(0, atLeast);
    let most = floor;
    for (const count of shared) if (count > most) most = count;
    const starts = new Int32Array(most + 2);
    for (const count of shared) if (count >= floor) starts[most - count + 1]!++;
    for (let bucket = 1; bucket < starts.length; bucket++) starts[bucket]! += starts[bucket - 1]!;
    const order = new Int32Array(starts[starts.length - 1]!);
    shared.forEach((count, i) => {
      if (count >= floor) order[starts[most - count]!++] = i;
    });
    return { order, shared };
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
