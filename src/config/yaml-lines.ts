// The text of modules.yaml as lines: for the plain-YAML reader (plain-yaml.ts), and for explaining
// YAML structure mistakes the way a person reads them: which line is out of place, and which
// indentations would be valid there. Pure.

export interface SourceLines {
  /** Lines without their line break. */
  lines: string[];
  /** Offset of each line's first character (the line starts the yaml package's LineCounter finds). */
  starts: number[];
}

/** A place a line could line up with: a key (`name:`) or a list item (`- `) above it. */
export interface Anchor {
  kind: 'key' | 'item';
  column: number;
  /** The key, or the item's first word. */
  text: string;
  /** 1-based. */
  line: number;
}

export function splitLines(text: string): SourceLines {
  const raw = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of raw) {
    starts.push(offset);
    offset += line.length + 1;
  }
  // Most files have no CR: then the split lines are the lines (the plain-YAML reader splits every file).
  return { lines: text.includes('\r') ? raw.map((line) => line.replace(/\r$/, '')) : raw, starts };
}

/** 0-based index of the line holding `offset`. */
export function lineIndexAt(source: SourceLines, offset: number): number {
  let low = 0;
  let high = source.starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((source.starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Neither blank nor only a comment. */
export function isContent(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && !trimmed.startsWith('#');
}

export function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** The anchors a line itself provides: `  - name: x` is an item at column 2 and a key at 4. */
export function anchorsOf(line: string, lineNumber: number): Anchor[] {
  const anchors: Anchor[] = [];
  let column = indentOf(line);
  let rest = line.slice(column);
  while (/^-(\s|$)/.test(rest)) {
    const item = /^-\s*([^\s#]*)/.exec(rest)?.[1] ?? '';
    anchors.push({ kind: 'item', column, text: item, line: lineNumber });
    const skipped = rest.length - rest.slice(1).trimStart().length;
    column += skipped;
    rest = rest.slice(skipped);
  }
  const key = keyOf(rest);
  if (key !== undefined) anchors.push({ kind: 'key', column, text: key, line: lineNumber });
  return anchors;
}

/** `name` for `name: x` or `"my key":`, undefined when the text is not a `key:` line. */
export function keyOf(text: string): string | undefined {
  const match = /^("[^"]*"|'[^']*'|[^\s#'"[\]{},][^#]*?)\s*:(\s|$)/.exec(text);
  return match?.[1];
}

/**
 * The anchors above a line that it could line up with: walking up, each line that starts left of
 * everything seen so far is a mapping or list the line could belong to. Nearest first.
 */
function enclosingAnchors(source: SourceLines, lineIndex: number): Anchor[] {
  const found: Anchor[] = [];
  let limit = Number.POSITIVE_INFINITY;
  for (let index = lineIndex - 1; index >= 0 && limit > 0; index--) {
    const line = source.lines[index] ?? '';
    if (!isContent(line) || indentOf(line) >= limit) continue;
    const anchors = anchorsOf(line, index + 1).filter((anchor) => anchor.column < limit);
    found.push(...anchors.reverse());
    limit = indentOf(line);
  }
  return found;
}

/**
 * "indent it 2 spaces (a key next to `name`, line 2) or 0 spaces (next to `project`, line 1)":
 * the valid choices for a key or a list item on this line, or undefined when there are none.
 */
export function indentationChoices(source: SourceLines, lineIndex: number): string | undefined {
  const line = source.lines[lineIndex] ?? '';
  const kind = /^\s*-(\s|$)/.test(line) ? 'item' : 'key';
  const seen = new Set<number>();
  const choices = enclosingAnchors(source, lineIndex)
    .filter((anchor) => anchor.kind === kind && !seen.has(anchor.column) && seen.add(anchor.column))
    .map((anchor) => `${spaces(anchor.column)} (${kind === 'key' ? `a key next to "${anchor.text}"` : 'an item of the list'} on line ${anchor.line})`);
  if (choices.length === 0) return undefined;
  return `indent it ${choices.slice(0, 3).join(', or ')}`;
}

export function spaces(count: number): string {
  return count === 1 ? '1 space' : `${count} spaces`;
}
