// modules.yaml text -> its plain data, without the yaml package, and on request where each key and
// value starts (plain-yaml-positions.ts); or undefined, "not sure", and the caller parses it with
// yaml-document.ts.
//
// Why: the yaml package keeps a token tree and a Document with a position for every node, and at
// thousands of modules building them is the largest part of loading the file (and of its memory);
// positions are needed only to report a problem, and then a flat table of offsets is enough. This
// reader reads each line once (linear time) and recurses only per level of nesting, at most
// MAX_NESTING_DEPTH deep.
//
// The subset it reads is the YAML modules.yaml files are written in, by hand or by the yaml
// package's stringifier: comments and blank lines; block mappings and block sequences (also
// `- key: value` and a list at its key's indentation); plain scalars, also continued on deeper
// lines; single- and double-quoted scalars on one line; `[a, 'b']` and `{ cpu: 250m }` of
// scalars and of each other, on one line or broken over lines deeper than their key (plain-yaml-
// flow.ts); empty values (null). Plain scalars resolve exactly as the yaml package's core schema
// resolves them (plain-yaml-scalars.ts): `0o17` is 15, `-0` is -0, `1_000` and `yes` are strings.
//
// It bails (undefined) on everything else, and on everything the full path would report or treat
// specially: tabs, BOM, control characters, noncharacters, lone surrogates, anchors, aliases,
// tags, directives, document markers, block scalars (`|`, `>`), quoted scalars over several lines,
// `?` keys, merge keys `<<`, `__proto__`, duplicate keys, keys over 1000 characters, nesting
// deeper than MAX_NESTING_DEPTH, an empty file and a top level that is not a mapping. Bailing
// costs one full parse; a guess that differs from the full parser would silently change a
// configuration, so when in doubt it bails. test/config/plain-yaml.property.test.ts compares it
// with the full path on random texts of the subset and near it.
import { hasControlCharacters } from './decode.js';
import { NONCHARACTER } from './noncharacters.js';
import type { PlainValue } from './plain-yaml-scalars.js';
import { FlowReader } from './plain-yaml-flow.js';
import { PlainPositions, PositionRecorder } from './plain-yaml-positions.js';
import { NOT_PLAIN, bail, expectLineEnd, keyAt, plainPart, readQuoted, resolvePlain, setEntry, skipSpaces, startsPlain } from './plain-yaml-scalars.js';
import { MAX_NESTING_DEPTH } from './yaml-checks.js';
import type { SourceLines } from './yaml-lines.js';
import { splitLines } from './yaml-lines.js';

/** Characters the reader leaves to the full parser wherever they are (see the header). */
const UNSUPPORTED = /[\t\u0085\u2028\u2029\ufeff]|\r(?!\n)|[\ud800-\udfff]/u;

/** The top-level mapping of `text`, or undefined when the full YAML parser must read it. */
export function parsePlainYaml(text: string): Record<string, PlainValue> | undefined {
  return read(text, false)?.data;
}

/** What the reader read: the data, and where each of its keys and values starts in the text. */
export interface PlainRead {
  data: Record<string, PlainValue>;
  positions: PlainPositions;
}

/**
 * The top-level mapping of `text` with its positions, or undefined when the full YAML parser must
 * read it. Only a config with problems needs positions: parsePlainYaml reads without them, so a
 * config without problems holds no table in memory (at 5000 modules it is about 5 MB).
 */
export function readPlainYaml(text: string): PlainRead | undefined {
  return read(text, true);
}

function read(text: string, record: boolean): PlainRead | undefined {
  if (UNSUPPORTED.test(text) || NONCHARACTER.test(text) || hasControlCharacters(text)) return undefined;
  try {
    return new BlockReader(splitLines(text), new PositionRecorder(record)).document();
  } catch (error) {
    if (error === NOT_PLAIN) return undefined;
    throw error;
  }
}

/** Reads block structure line by line; `line` is the next line not yet read. */
class BlockReader {
  private line = 0;
  /** Where the value read last starts, -1 for an empty one: set by every method that reads a value. */
  private valueStart = -1;

  constructor(
    private readonly source: SourceLines,
    private readonly recorder: PositionRecorder,
  ) {}

  document(): PlainRead {
    if (this.skipToContent() !== 0) bail();
    const top = this.blockNode(0, 1);
    if (this.skipToContent() >= 0 || typeof top !== 'object' || top === null || Array.isArray(top)) bail();
    return { data: top, positions: new PlainPositions(top, this.valueStart, this.recorder, this.source.starts) };
  }

  /** Offset in the text of `column` on the current line. */
  private offset(column: number): number {
    return this.source.starts[this.line]! + column;
  }

  /** A block mapping or sequence starting at `column` of the current line (maybe after `- `). */
  private blockNode(column: number, depth: number): PlainValue {
    if (isItem(this.current(), column)) return this.blockSequence(column, depth);
    return this.blockMapping(column, depth);
  }

  private blockMapping(column: number, depth: number): Record<string, PlainValue> {
    if (depth > MAX_NESTING_DEPTH) bail();
    const map: Record<string, PlainValue> = {};
    const start = this.offset(column);
    const mark = this.recorder.mark();
    for (;;) {
      const text = this.current();
      const keyStart = this.offset(column);
      const { key, afterColon } = keyAt(text, column) ?? bail();
      const at = skipSpaces(text, afterColon);
      const value = at === text.length || text[at] === '#' ? this.valueBelow(column, depth, true) : this.inlineValue(at, column, depth);
      setEntry(map, key, value);
      this.recorder.entry(key, keyStart, this.valueStart < 0 ? keyStart : this.valueStart);
      if (!this.nextAt(column)) break;
    }
    this.recorder.endMap(map, mark);
    this.valueStart = start;
    return map;
  }

  private blockSequence(column: number, depth: number): PlainValue[] {
    if (depth > MAX_NESTING_DEPTH) bail();
    const items: PlainValue[] = [];
    const start = this.offset(column);
    const mark = this.recorder.mark();
    do {
      const text = this.current();
      const at = skipSpaces(text, column + 1);
      // An empty item is where the yaml package puts its empty scalar: after the `-` and its spaces.
      const emptyStart = this.offset(at);
      items.push(at === text.length || text[at] === '#' ? this.valueBelow(column, depth, false) : this.itemValue(at, column, depth));
      this.recorder.item(this.valueStart < 0 ? emptyStart : this.valueStart);
    } while (this.nextAt(column) && isItem(this.current(), column));
    this.recorder.endList(items, mark);
    this.valueStart = start;
    return items;
  }

  /** Whether the next content line continues the collection at `column`; a deeper one is not read here. */
  private nextAt(column: number): boolean {
    const indent = this.skipToContent();
    if (indent < 0) return false;
    if (indent > column) bail();
    return indent === column;
  }

  /** The value of `key:` or `-` with nothing after it: a collection on the lines below, or null. */
  private valueBelow(column: number, depth: number, isKey: boolean): PlainValue {
    this.line++;
    this.valueStart = -1;
    const indent = this.skipToContent();
    if (indent < 0) return null;
    const text = this.current();
    // `key:` then `[a, b]` on the next line: how the yaml package writes a long flow list.
    if (indent > column && (text[indent] === '[' || text[indent] === '{')) return this.inlineValue(indent, column, depth);
    if (indent > column) return this.blockNode(indent, depth + 1);
    // A list may sit at its key's own indentation (`key:` then `- item`).
    if (isKey && indent === column && isItem(text, column)) return this.blockSequence(column, depth + 1);
    return null;
  }

  /** After `- `: a compact list (`- - a`), a compact mapping (`- key: v`) or a value. */
  private itemValue(at: number, column: number, depth: number): PlainValue {
    const text = this.current();
    if (isItem(text, at) || keyAt(text, at) !== undefined) return this.blockNode(at, depth + 1);
    return this.inlineValue(at, column, depth);
  }

  /** A value that starts on this line; a plain one may continue on lines deeper than `column`. */
  private inlineValue(at: number, column: number, depth: number): PlainValue {
    const text = this.current();
    const first = text[at];
    const start = this.offset(at);
    let value: PlainValue;
    if (first === '[' || first === '{') {
      const flow = new FlowReader(this.source, this.line, column + 1, this.recorder);
      const [read, end] = flow.collection(at, depth + 1);
      this.line = flow.line;
      expectLineEnd(this.current(), end);
      value = read;
    } else if (first === "'" || first === '"') {
      const [read, end] = readQuoted(text, at);
      expectLineEnd(text, end);
      value = read;
    } else {
      value = resolvePlain(this.plainScalar(at, column));
    }
    this.line++;
    this.valueStart = start;
    return value;
  }

  /** A plain scalar and its continuation lines, folded as YAML folds them (one space per line break). */
  private plainScalar(at: number, column: number): string {
    if (!startsPlain(this.current(), at)) bail();
    const first = plainPart(this.current(), at);
    let folded = first.text;
    let ended = first.comment;
    while (!ended && this.line + 1 < this.source.lines.length) {
      const next = this.source.lines[this.line + 1]!;
      const indent = indentOf(next);
      // A blank or comment line, or one not deeper than the key, ends the scalar (a deeper line
      // after it is a YAML error or a line break in the value: nextAt bails on both).
      if (indent <= column || indent === next.length || next[indent] === '#') break;
      if (!startsPlain(next, indent)) bail();
      const part = plainPart(next, indent);
      folded += ' ' + part.text;
      ended = part.comment;
      this.line++;
    }
    return folded;
  }

  private current(): string {
    return this.source.lines[this.line]!;
  }

  /**
   * Moves to the next line that is neither blank nor only a comment, and returns its indentation
   * (every caller needs it next); -1 at the end.
   */
  private skipToContent(): number {
    for (; this.line < this.source.lines.length; this.line++) {
      const text = this.source.lines[this.line]!;
      const indent = indentOf(text);
      if (indent === 0 && /^(?:---|\.\.\.)(?: |$)/.test(text)) bail();
      if (indent < text.length && text[indent] !== '#') return indent;
    }
    return -1;
  }
}

/** YAML indents with spaces only: not yaml-lines.ts's indentOf, which counts any white space (U+00A0 too). */
function indentOf(line: string): number {
  return skipSpaces(line, 0);
}

/** `-` at `column`, then a space or the end of the line. */
function isItem(line: string, column: number): boolean {
  return line[column] === '-' && (column + 1 === line.length || line[column + 1] === ' ');
}
