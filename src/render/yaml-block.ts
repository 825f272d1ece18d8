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
  const writer = writeBlock(data, tree) ?? writeBlock(data, tree, repeatedObjects(data))!;
  if (tree !== undefined && writer.commented.size < tree.count) {
    throw new Error(`internal: no map key for the comment at ${unwrittenComments(tree.root, writer.commented, []).join(', ')}`);
  }
  writer.parts.push('\n');
  return writer.parts.join('');
}

/**
 * The document's writer once it has written `data`. Without `anchors`, it writes as if no object
 * came twice, and gives up (undefined) when one does: most documents share no object, and they
 * are walked once instead of twice (once for the anchors, once to write).
 */
function writeBlock(data: unknown, tree: Comments | undefined, anchors?: ReadonlyMap<object, string>): BlockWriter | undefined {
  const writer = new BlockWriter(anchors);
  try {
    writer.node(data, '', tree?.root);
  } catch (error) {
    if (error instanceof RepeatedObject) return undefined;
    throw error;
  }
  return writer;
}

/** Thrown by a writer without anchors when it meets an object a second time. */
class RepeatedObject extends Error {}

/** Comments by key path (read-only once built: one tree serves every file given the same comments). */
interface CommentTree {
  /** The comment's lines as written (`# text`, or `#` for an empty line of text). */
  lines?: readonly string[];
  keys: Map<string, CommentTree>;
}

interface Comments {
  root: CommentTree;
  /** How many keys carry a comment: the writer must meet them all. */
  count: number;
}

/** yaml's longest implicit key; a longer one is written as `? key`. */
const MAX_IMPLICIT_KEY = 1024;

/**
 * Lists the document's pieces as it walks the data and joins them once, rather than returning each
 * map's and list's text to be joined into its parent's: that text was copied again at every level,
 * and the line arrays were half the writer's garbage. One join, not `+=`: the file stays one flat
 * string while it waits for the writer (a rope of a few hundred pieces held four times its bytes).
 */
class BlockWriter {
  readonly parts: string[] = [];
  /** The comments written so far (each is met at most once: a key path is written once). */
  readonly commented = new Set<CommentTree>();
  /** The objects written so far. */
  private readonly written = new Set<object>();

  /** `anchors`: those of every object the data holds more than once; undefined while none is known. */
  constructor(private readonly anchors: ReadonlyMap<object, string> | undefined) {}

  /** Writes `value` at a position whose continuation lines are indented by `indent`. */
  node(value: unknown, indent: string, comments: CommentTree | undefined): void {
    if (value === null || value === undefined) this.parts.push('null');
    else if (typeof value === 'string') this.parts.push(yamlScalar(value));
    else if (typeof value === 'number') this.parts.push(yamlNumber(value));
    else if (typeof value === 'boolean') this.parts.push(String(value));
    else if (typeof value === 'object') this.collection(value, indent, comments);
    else throw new Error(`internal: a ${typeof value} reached the YAML writer`);
  }

  private collection(value: object, indent: string, comments: CommentTree | undefined): void {
    if (this.written.has(value)) {
      const anchor = this.anchors?.get(value);
      if (anchor === undefined) throw new RepeatedObject();
      this.parts.push(`*${anchor}`);
      return;
    }
    this.written.add(value);
    const anchor = this.anchors?.get(value);
    if (anchor !== undefined) this.parts.push(isEmptyCollection(value) ? `&${anchor} ` : `&${anchor}\n${indent}`);
    if (Array.isArray(value)) this.sequence(value, indent);
    else this.map(plainObject(value), indent, comments);
  }

  private sequence(items: readonly unknown[], indent: string): void {
    if (items.length === 0) {
      this.parts.push('[]');
      return;
    }
    const itemIndent = indent + '  ';
    const nextItem = `\n${indent}- `;
    for (let i = 0; i < items.length; i++) {
      this.parts.push(i === 0 ? '- ' : nextItem);
      this.node(items[i], itemIndent, undefined);
    }
  }

  private map(record: Record<string, unknown>, indent: string, comments: CommentTree | undefined): void {
    const start = this.parts.length;
    const level = mapLevel(indent);
    // for...in rather than Object.keys: no array per map (plainObject refused other prototypes; inherited members are skipped).
    for (const key in record) {
      const value = record[key];
      if (value === undefined || !Object.hasOwn(record, key)) continue;
      const comment = comments?.keys.get(key);
      if (comment?.lines !== undefined) {
        for (const line of comment.lines) {
          if (this.parts.length !== start) this.parts.push(level.newLine);
          this.parts.push(line);
        }
        this.commented.add(comment);
      }
      if (this.parts.length !== start) this.parts.push(level.newLine);
      this.pair(key, value, indent, level, comment);
    }
    if (this.parts.length === start) this.parts.push('{}');
  }

  /** The key and what follows it are separate pieces: the joined document is the only string made of them. */
  private pair(key: string, value: unknown, indent: string, level: MapLevel, comments: CommentTree | undefined): void {
    const keyText = keyScalar(key);
    if (keyText.length > MAX_IMPLICIT_KEY) this.parts.push(`? ${keyText}\n${indent}: `);
    // Collections with an anchor or alias, and empty ones, stay on the key's line.
    else if (typeof value === 'object' && value !== null && this.anchors?.has(value) !== true && !isEmptyCollection(value)) this.parts.push(keyText, level.keyEndBeforeCollection);
    else this.parts.push(keyText, ': ');
    this.node(value, level.valueIndent, comments);
  }
}

/** What a map at one indent writes between its pieces. */
interface MapLevel {
  /** Every line of the map but its first (which continues the current one) starts with this. */
  newLine: string;
  /** The indent of a value's continuation lines. */
  valueIndent: string;
  /** After a key whose value is a collection: the value starts on the next line, indented 2 more. */
  keyEndBeforeCollection: string;
}

/** A chart nests a few levels deep: each level's separators are made once, not once per key. */
const mapLevel = cappedMemo((indent): MapLevel => ({ newLine: '\n' + indent, valueIndent: indent + '  ', keyEndBeforeCollection: `:\n${indent}  ` }));

/** Map keys repeat in every chart (`replicaCount`, `image`, ...): each is written once. */
const keyScalar = cappedMemo(yamlScalar);

/** Objects met more than once, depth first in key order, with the anchor yaml gave them. */
function repeatedObjects(root: unknown): Map<object, string> {
  const seen = new Set<object>();
  const anchors = new Map<object, string>();
  const visit = (value: object): void => {
    if (seen.has(value)) {
      if (!anchors.has(value)) anchors.set(value, `a${anchors.size + 1}`);
      return;
    }
    seen.add(value);
    if (Array.isArray(value)) {
      for (const child of value as unknown[]) if (typeof child === 'object' && child !== null) visit(child);
      return;
    }
    // for...in rather than Object.values: no array per map (an inherited member is skipped, as Object.values skips it).
    for (const key in value) {
      const child = (value as Record<string, unknown>)[key];
      if (Object.hasOwn(value, key) && typeof child === 'object' && child !== null) visit(child);
    }
  };
  if (typeof root === 'object' && root !== null) visit(root);
  return anchors;
}

function yamlNumber(n: number): string {
  if (Number.isFinite(n)) return Object.is(n, -0) ? '-0' : String(n);
  return Number.isNaN(n) ? '.nan' : n < 0 ? '-.inf' : '.inf';
}

/** Written as `{}` or `[]`: a list without items, a map without a key whose value is defined. */
function isEmptyCollection(value: object): boolean {
  if (Array.isArray(value)) return value.length === 0;
  // for...in rather than Object.keys: no array per map. plainObject (or the writer) refuses any other prototype.
  for (const key in value) if (Object.hasOwn(value, key) && (value as Record<string, unknown>)[key] !== undefined) return false;
  return true;
}

function plainObject(value: object): Record<string, unknown> {
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) throw new Error(`internal: ${Object.prototype.toString.call(value)} reached the YAML writer`);
  return value as Record<string, unknown>;
}

const commentTrees = new WeakMap<readonly YamlComment[], Comments>();

/** The tree of `comments`, built once per array (the chart emitter gives every values.yaml the same one); undefined when empty. */
function commentTree(comments: readonly YamlComment[]): Comments | undefined {
  if (comments.length === 0) return undefined;
  let tree = commentTrees.get(comments);
  if (tree === undefined) commentTrees.set(comments, (tree = buildCommentTree(comments)));
  return tree;
}

function buildCommentTree(comments: readonly YamlComment[]): Comments {
  const root: CommentTree = { keys: new Map() };
  let count = 0;
  for (const { path, text } of comments) {
    // yaml starts a comment line after any JavaScript line terminator; ours are written by us, on \n.
    if (path.length === 0 || /[\r\u2028\u2029]/.test(text)) throw new Error(`internal: bad YAML comment at ${JSON.stringify(path)}`);
    let node = root;
    for (const key of path) {
      let next = node.keys.get(key);
      if (next === undefined) node.keys.set(key, (next = { keys: new Map() }));
      node = next;
    }
    if (node.lines === undefined) count++;
    node.lines = text.split('\n').map((line) => (line === '' ? '#' : `# ${line}`));
  }
  return { root, count };
}

function unwrittenComments(tree: CommentTree, written: ReadonlySet<CommentTree>, path: string[]): string[] {
  const missed = tree.lines !== undefined && !written.has(tree) ? [path.join('.')] : [];
  for (const [key, child] of tree.keys) missed.push(...unwrittenComments(child, written, [...path, key]));
  return missed;
}
