// Where the plain-YAML reader (plain-yaml.ts) found each key and value, so a config with problems
// is located without the yaml package's Document (locate.ts's other implementation of Positions).
//
// Compact on purpose: one flat list of offsets for the whole file (a mapping's entries as key
// offset, value offset; a list's items as value offset), and one number per mapping or list, the
// start of its entries in that list, keyed by the very object the reader returned. No object per
// key or scalar. The offsets follow locate.ts's rules for the Document exactly (the property test
// in test/config/plain-yaml-positions.property.test.ts compares them): a value is where yaml's
// node.range[0] is, an empty value (`key:`) is its key. Recorded only when a config has
// problems (parse.ts): at 5000 modules the table is about 5 MB.
import type { LineCounter } from 'yaml';
import type { PathSegment } from './finding.js';
import type { Positions } from './locate.js';
import { yamlPackage } from './yaml-package.js';

/** Collects offsets while the reader reads (unless it records nothing); a container's entries are written when it ends. */
export class PositionRecorder {
  readonly offsets: number[] = [];
  readonly starts = new Map<object, number>();
  /** Entries of the containers being read, innermost last (nested ones end before their parent's next entry). */
  private readonly pending: number[] = [];
  private readonly pendingKeys: string[] = [];

  constructor(private readonly record: boolean) {}

  mark(): number {
    return this.pending.length;
  }

  entry(key: string, keyOffset: number, valueOffset: number): void {
    if (!this.record) return;
    this.pending.push(keyOffset, valueOffset);
    this.pendingKeys.push(key);
  }

  item(valueOffset: number): void {
    if (!this.record) return;
    this.pending.push(valueOffset);
  }

  endList(list: object, mark: number): void {
    if (!this.record) return;
    this.starts.set(list, this.offsets.length);
    for (let index = mark; index < this.pending.length; index++) this.offsets.push(this.pending[index]!);
    this.pending.length = mark;
  }

  /**
   * Entries go in the order of Object.keys, which is reading order unless a key is an array index
   * (`'1'` comes first in JavaScript): then they are put in that order, so a lookup can index them.
   */
  endMap(map: Record<string, unknown>, mark: number): void {
    if (!this.record) return;
    const count = (this.pending.length - mark) / 2;
    const keys = this.pendingKeys.length - count;
    this.starts.set(map, this.offsets.length);
    let order: number[] | undefined;
    for (let index = keys; index < this.pendingKeys.length && order === undefined; index++) {
      const first = this.pendingKeys[index]!.charCodeAt(0);
      if (first >= 48 && first <= 57) order = this.objectKeyOrder(map, keys);
    }
    for (let entry = 0; entry < count; entry++) {
      const at = mark + 2 * (order?.[entry] ?? entry);
      this.offsets.push(this.pending[at]!, this.pending[at + 1]!);
    }
    this.pending.length = mark;
    this.pendingKeys.length = keys;
  }

  /** Reading index of each key, in Object.keys order. */
  private objectKeyOrder(map: Record<string, unknown>, keys: number): number[] {
    const read = new Map(this.pendingKeys.slice(keys).map((key, index) => [key, index]));
    return Object.keys(map).map((key) => read.get(key)!);
  }
}

/** The reader's positions of one file: offsets of keys and values by path, and line starts. */
export class PlainPositions implements Positions {
  private readonly keyIndexes = new Map<object, Map<string, number>>();
  private counter: LineCounter | undefined;

  constructor(
    private readonly root: object,
    private readonly rootOffset: number,
    private readonly recorded: Pick<PositionRecorder, 'offsets' | 'starts'>,
    private readonly lineStarts: readonly number[],
  ) {}

  /** The yaml package's LineCounter, filled with the line starts it would have found (built when first needed). */
  get lineCounter(): LineCounter {
    if (this.counter === undefined) {
      const { LineCounter } = yamlPackage();
      this.counter = new LineCounter();
      for (const start of this.lineStarts) this.counter.addNewLine(start);
    }
    return this.counter;
  }

  offsetOf(path: readonly PathSegment[], target: 'key' | 'value'): number {
    let node: unknown = this.root;
    // The offsets index of the entry reached: a mapping's key then value, or a list's item; -1 at the root.
    let entry = -1;
    let keyed = false;
    for (const segment of path) {
      const child = this.childOf(node, segment);
      if (child === undefined) return this.offsetAt(entry, keyed, 'key');
      ({ node, entry, keyed } = child);
    }
    return this.offsetAt(entry, keyed, target);
  }

  private offsetAt(entry: number, keyed: boolean, target: 'key' | 'value'): number {
    if (entry < 0) return this.rootOffset;
    const offsets = this.recorded.offsets;
    return keyed && target === 'value' ? offsets[entry + 1]! : offsets[entry]!;
  }

  /** As locate.ts's childOf: a list item by Number(segment), a mapping's entry by String(segment). */
  private childOf(node: unknown, segment: PathSegment): { node: unknown; entry: number; keyed: boolean } | undefined {
    if (typeof node !== 'object' || node === null) return undefined;
    const start = this.recorded.starts.get(node);
    if (start === undefined) return undefined;
    if (Array.isArray(node)) {
      const index = Number(segment);
      return Number.isInteger(index) && index >= 0 && index < node.length ? { node: node[index], entry: start + index, keyed: false } : undefined;
    }
    const key = String(segment);
    const index = this.keyIndex(node).get(key);
    return index === undefined ? undefined : { node: (node as Record<string, unknown>)[key], entry: start + 2 * index, keyed: true };
  }

  /** A mapping's keys by position, built once per mapping: thousands of findings under `modules` must not scan thousands of keys each. */
  private keyIndex(map: object): Map<string, number> {
    let index = this.keyIndexes.get(map);
    if (index === undefined) {
      index = new Map(Object.keys(map).map((key, position) => [key, position]));
      this.keyIndexes.set(map, index);
    }
    return index;
  }
}
