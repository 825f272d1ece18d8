// `[a, 'b']` and `{ cpu: 250m }` for the plain-YAML fast path (plain-yaml.ts): flow collections of
// scalars and of each other, on one line or over several (the yaml package's stringifier breaks
// long ones), recording where each key and item starts. Throws NOT_PLAIN on anything it does not
// read exactly as the yaml package does. Pure.
import type { PositionRecorder } from './plain-yaml-positions.js';
import type { PlainValue } from './plain-yaml-scalars.js';
import { bail, readQuoted, resolvePlain, setEntry, skipSpaces, startsPlain } from './plain-yaml-scalars.js';
import { MAX_NESTING_DEPTH } from './yaml-checks.js';
import type { SourceLines } from './yaml-lines.js';

/** Reads one flow collection; `line` is where it is, and where it ended once read. */
export class FlowReader {
  constructor(
    private readonly source: SourceLines,
    public line: number,
    /** Lines after the first must be indented at least this much (deeper than their key). */
    private readonly minIndent: number,
    private readonly recorder: PositionRecorder,
  ) {}

  /** The collection starting at `at` of the current line: [value, index after it on `line`]. */
  collection(at: number, depth: number): [PlainValue, number] {
    if (depth > MAX_NESTING_DEPTH) bail();
    const mark = this.recorder.mark();
    if (this.text()[at] === '[') {
      const seq: PlainValue[] = [];
      const close = this.entries(at, ']', (index) => {
        this.recorder.item(this.offset(index));
        const [value, end] = this.value(index, depth);
        seq.push(value);
        return end;
      });
      this.recorder.endList(seq, mark);
      return [seq, close + 1];
    }
    const map: Record<string, PlainValue> = {};
    const close = this.entries(at, '}', (index) => {
      const keyStart = this.offset(index);
      const [key, afterKey] = this.key(index);
      const valueAt = this.skip(afterKey);
      const valueStart = this.offset(valueAt);
      const [value, end] = this.value(valueAt, depth);
      setEntry(map, key, value);
      this.recorder.entry(key, keyStart, valueStart);
      return end;
    });
    this.recorder.endMap(map, mark);
    return [map, close + 1];
  }

  /**
   * The comma-separated entries after the bracket at `at`, each read by `entry` (from its first
   * character to the index after it): the index of the closing bracket on `line`.
   */
  private entries(at: number, close: string, entry: (index: number) => number): number {
    let index = this.skip(at + 1);
    if (this.text()[index] === close) return index;
    for (;;) {
      index = this.skip(entry(index));
      if (this.text()[index] === close) return index;
      if (this.text()[index] !== ',') bail();
      index = this.skip(index + 1);
      // A trailing comma is valid YAML, but not worth a second reading of the rules.
      if (this.text()[index] === close) bail();
    }
  }

  /** Offset in the text of `column` on the current line. */
  private offset(column: number): number {
    return this.source.starts[this.line]! + column;
  }

  private value(at: number, depth: number): [PlainValue, number] {
    const first = this.text()[at];
    if (first === '[' || first === '{') return this.collection(at, depth + 1);
    if (first === "'" || first === '"') return readQuoted(this.text(), at);
    const [text, end] = this.plain(at);
    return [resolvePlain(text), end];
  }

  /** A key followed by `: `: [key, index after the colon]. */
  private key(at: number): [string, number] {
    const line = this.text();
    const [key, end] = line[at] === "'" || line[at] === '"' ? readQuoted(line, at) : this.plain(at);
    if (line[end] !== ':' || line[end + 1] !== ' ') bail();
    return [key, end + 1];
  }

  /**
   * A plain scalar inside brackets: it ends at `,`, `]`, `}` or a key's `: `; a `#`, nested
   * brackets and a `:` that could end a key are the full parser's, and so is a scalar that may go
   * on on the next line (one whose line ends without a `,`, `]` or `}` first on the next).
   */
  private plain(at: number): [string, number] {
    const line = this.text();
    if (!startsPlain(line, at)) bail();
    let end = at;
    for (; end < line.length && !',]}'.includes(line[end]!); end++) {
      const char = line[end]!;
      if (char === ':') {
        const next = line[end + 1] ?? '';
        if (next === ' ') break;
        // `https://x` is one scalar; `a:` before the end, a comma or a bracket is a key.
        if (next === '' || ',[]{}'.includes(next)) bail();
      } else if (char === '[' || char === '{' || char === '#') {
        bail();
      }
    }
    if (end === line.length) {
      const next = this.source.lines[this.line + 1] ?? '';
      if (!',]}'.includes(next[skipSpaces(next, 0)] ?? '#')) bail();
    }
    let last = end;
    while (line[last - 1] === ' ') last--;
    return [line.slice(at, last), end];
  }

  /** Past spaces and line breaks to the next token; a comment, a blank line or a shallow line bails. */
  private skip(at: number): number {
    let index = skipSpaces(this.text(), at);
    while (index === this.text().length) {
      this.line++;
      const line = this.source.lines[this.line];
      if (line === undefined) bail();
      index = skipSpaces(line, 0);
      if (index === line.length || index < this.minIndent) bail();
    }
    if (this.text()[index] === '#') bail();
    return index;
  }

  private text(): string {
    return this.source.lines[this.line]!;
  }
}
