// Block YAML for plain data (objects, arrays, strings, numbers, booleans, null), every string key
// and value written by yamlScalar. It writes exactly the bytes the yaml package's
// `new Document(data).toString({ lineWidth: 0 })` wrote for the chart files before: building a
// Document per file cost 690 ms of a 4.7 s main thread at 1000 modules (5 files per module), plus
// much of the garbage the collector then had to sweep; this writer takes about a quarter of that.
// test/render/yaml-block.property.test.ts compares the two on random data. The layout reproduced:
// - a map's or list's items start on the next line, indented 2 more (lists in maps too: `key:\n  - a`);
//   empty ones stay on the key's line as `{}` and `[]`;
// - an object met a second time is written as an alias (`*a1`) of the first (`&a1`), as yaml did;
// - a key longer than 1024 characters is an explicit key, `? key` then `: value` on the next line;
// - numbers as JavaScript prints them, except -0, .nan, .inf and -.inf;
// - a comment goes above its key at the key's indent, one `# ` line per line of text;
// - yamlScalar writes every string on one line, so there are no multi-line scalars to lay out.
// Anything else (a Map, a class instance, a bigint) is refused rather than written differently.
import { yamlScalar } from './yaml-scalar.js';
import { cappedMemo } from '../util/capped-memo.js';

/** A comment written above the map key at `path` (keys of nested maps, no list indexes). */
export interface YamlComment {
  path: readonly string[];
  text: string;
}

/** The document for `data`, ending in a newline. */
export function renderYamlBlock(data: unknown, comments: readonly YamlComment[] = []): string {
  const tree = commentTree(comments);
  const text = new BlockWriter(data).node(data, '', tree);
  const missed = unwrittenComments(tree, []);
  if (missed.length > 0) throw new Error(`internal: no map key for the comment at ${missed.join(', ')}`);
  return text + '\n';
}

/** Comments by key path; `written` is set once the key is met. */
interface CommentTree {
  text?: string;
  written: boolean;
  keys: Map<string, CommentTree>;
}

/** yaml's longest implicit key; a longer one is written as `? key`. */
const MAX_IMPLICIT_KEY = 1024;

class BlockWriter {
  private readonly anchors: Map<object, string>;
  private readonly written = new Set<object>();

  constructor(root: unknown) {
    this.anchors = repeatedObjects(root);
  }

  /** `value` at a position whose continuation lines are indented by `indent`. */
  node(value: unknown, indent: string, comments: CommentTree | undefined): string {
    if (value === null || value === undefined) return 'null';
    if (typeof value === 'string') return yamlScalar(value);
    if (typeof value === 'number') return yamlNumber(value);
    if (typeof value === 'boolean') return String(value);
    if (typeof value === 'object') return this.collection(value, indent, comments);
    throw new Error(`internal: a ${typeof value} reached the YAML writer`);
  }

  private collection(value: object, indent: string, comments: CommentTree | undefined): string {
    const anchor = this.anchors.get(value);
    if (anchor !== undefined && this.written.has(value)) return `*${anchor}`;
    if (anchor !== undefined) this.written.add(value);
    const body = Array.isArray(value) ? this.sequence(value, indent) : this.map(plainObject(value), indent, comments);
    if (anchor === undefined) return body;
    return isEmptyCollection(body) ? `&${anchor} ${body}` : `&${anchor}\n${indent}${body}`;
  }

  private sequence(items: readonly unknown[], indent: string): string {
    const itemIndent = indent + '  ';
    const lines: string[] = [];
    for (const item of items) lines.push(`- ${this.node(item, itemIndent, undefined)}`);
    return lines.length === 0 ? '[]' : lines.join(`\n${indent}`);
  }

  private map(record: Record<string, unknown>, indent: string, comments: CommentTree | undefined): string {
    const lines: string[] = [];
    for (const key of Object.keys(record)) {
      const value = record[key];
      if (value === undefined) continue;
      const comment = comments?.keys.get(key);
      if (comment?.text !== undefined) {
        for (const line of comment.text.split('\n')) lines.push(line === '' ? '#' : `# ${line}`);
        comment.written = true;
      }
      lines.push(this.pair(key, value, indent, comment));
    }
    return lines.length === 0 ? '{}' : lines.join(`\n${indent}`);
  }

  private pair(key: string, value: unknown, indent: string, comments: CommentTree | undefined): string {
    const keyText = keyScalar(key);
    const valueIndent = indent + '  ';
    const valueText = this.node(value, valueIndent, comments);
    if (keyText.length > MAX_IMPLICIT_KEY) return `? ${keyText}\n${indent}: ${valueText}`;
    // A collection's text starts with `&` (anchor) or `*` (alias) only when it has one; those and
    // empty collections stay on the key's line.
    const ownLines = typeof value === 'object' && value !== null && !isEmptyCollection(valueText) && valueText[0] !== '&' && valueText[0] !== '*';
    return `${keyText}:${ownLines ? `\n${valueIndent}` : ' '}${valueText}`;
  }
}

/** Map keys repeat in every chart (`replicaCount`, `image`, ...): each is written once. */
const keyScalar = cappedMemo(yamlScalar);

/** Objects met more than once, depth first in key order, with the anchor yaml gave them. */
function repeatedObjects(root: unknown): Map<object, string> {
  const seen = new Set<object>();
  const anchors = new Map<object, string>();
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    if (seen.has(value)) {
      if (!anchors.has(value)) anchors.set(value, `a${anchors.size + 1}`);
      return;
    }
    seen.add(value);
    for (const child of Array.isArray(value) ? value : Object.values(value)) visit(child);
  };
  visit(root);
  return anchors;
}

function yamlNumber(n: number): string {
  if (Number.isFinite(n)) return Object.is(n, -0) ? '-0' : String(n);
  return Number.isNaN(n) ? '.nan' : n < 0 ? '-.inf' : '.inf';
}

function isEmptyCollection(text: string): boolean {
  return text === '{}' || text === '[]';
}

function plainObject(value: object): Record<string, unknown> {
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) throw new Error(`internal: ${Object.prototype.toString.call(value)} reached the YAML writer`);
  return value as Record<string, unknown>;
}

function commentTree(comments: readonly YamlComment[]): CommentTree {
  const root: CommentTree = { written: false, keys: new Map() };
  for (const { path, text } of comments) {
    // yaml starts a comment line after any JavaScript line terminator; ours are written by us, on \n.
    if (path.length === 0 || /[\r\u2028\u2029]/.test(text)) throw new Error(`internal: bad YAML comment at ${JSON.stringify(path)}`);
    let node = root;
    for (const key of path) {
      let next = node.keys.get(key);
      if (next === undefined) node.keys.set(key, (next = { written: false, keys: new Map() }));
      node = next;
    }
    node.text = text;
  }
  return root;
}

function unwrittenComments(tree: CommentTree, path: string[]): string[] {
  const missed = tree.text !== undefined && !tree.written ? [path.join('.')] : [];
  for (const [key, child] of tree.keys) missed.push(...unwrittenComments(child, [...path, key]));
  return missed;
}
