// The parser of gatehouse's template language: the Handlebars subset described in
// template-compile.ts. It turns a template into the tree Handlebars' own parser would build for
// it (one content node per stretch of text between tags, so the standalone-line rule in
// template-standalone.ts sees the same nodes), and refuses everything outside the subset with the
// template and line, so an edited template can never render differently from Handlebars unseen.

export interface Where {
  template: string;
  line: number;
  column: number;
}

export interface Content {
  kind: 'content';
  /** The text as written: the standalone rule tests this. */
  readonly original: string;
  /** The text printed: `original` less what the standalone rule removed. */
  value: string;
  leftStripped: boolean;
  rightStripped: boolean;
}

/** `this`, `a.b` (from the current context), `@root.a.b`, or `@index`/`@first`/`@last`/`@key`. */
export interface Path {
  scope: 'context' | 'root' | 'data';
  parts: string[];
  text: string;
}

export type Helper = 'groovy' | 'yaml' | 'shell';
export type BlockHelper = 'if' | 'unless' | 'each';

export interface Print {
  kind: 'print';
  path: Path;
  helper: Helper | undefined;
  tag: string;
  at: Where;
}

export interface Block {
  kind: 'block';
  helper: BlockHelper;
  path: Path;
  program: Program;
  inverse: Program | undefined;
  tag: string;
  at: Where;
}

export interface Comment {
  kind: 'comment';
}

export type Node = Content | Print | Block | Comment;

export interface Program {
  body: Node[];
}

const HELPERS: readonly string[] = ['groovy', 'yaml', 'shell'];
const BLOCK_HELPERS: readonly string[] = ['if', 'unless', 'each'];
/** Handlebars' built-in helpers and ours: a field named so would be called, not printed. */
const HELPER_NAMES = new Set([...HELPERS, ...BLOCK_HELPERS, 'with', 'log', 'lookup', 'helperMissing', 'blockHelperMissing']);
/** Words Handlebars reads as literals or keywords, never as a field name. */
const RESERVED = new Set(['this', 'true', 'false', 'null', 'undefined', 'else']);
const SEGMENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const DATA_NAMES = new Set(['index', 'first', 'last', 'key']);

export function templateError(at: Where, message: string): Error {
  return new Error(`internal: template ${at.template}:${at.line}:${at.column}: ${message}`);
}

interface OpenBlock {
  block: Block;
  /** The body being filled: the block's program, or its inverse after `{{else}}`. */
  target: Program;
  /** True inside an `#each` body, where @index, @first, @last and @key are defined. */
  inEach: boolean;
}

/** Parses `source` (the text of templates/`template`); throws on anything outside the subset. */
export function parseTemplate(template: string, source: string): Program {
  const root: Program = { body: [] };
  const open: OpenBlock[] = [];
  const where = (index: number): Where => locate(template, source, index);
  if (source.includes('\0')) throw templateError(where(source.indexOf('\0')), 'a NUL character is outside the template subset');
  let pos = 0;
  while (pos < source.length) {
    const start = source.indexOf('{{', pos);
    const text = source.slice(pos, start === -1 ? source.length : start);
    const current = open.at(-1);
    const body = current?.target.body ?? root.body;
    if (text !== '') body.push({ kind: 'content', original: text, value: text, leftStripped: false, rightStripped: false });
    if (start === -1) break;
    if (text.endsWith('\\')) throw templateError(where(start), 'an escaped mustache (\\{{) is outside the template subset');
    const end = tagEnd(source, start, where);
    const tag = source.slice(start, end);
    const inner = tag.startsWith('{{!') ? '!' : tag.slice(2, -2);
    pos = end;
    if (inner === '!') {
      body.push({ kind: 'comment' });
    } else if (inner.trim() === 'else') {
      if (!current || current.target === current.block.inverse) throw templateError(where(start), `${tag} outside a block, or a second one in the same block`);
      current.block.inverse = current.target = { body: [] };
      current.inEach = open.at(-2)?.inEach ?? false;
    } else if (inner.startsWith('/')) {
      const name = inner.slice(1).trim();
      if (!current || name !== current.block.helper) throw templateError(where(start), `${tag} does not close the open block${current ? ` ${current.block.tag}` : ''}`);
      open.pop();
    } else if (inner.startsWith('#')) {
      const block = parseBlock(tag, inner.slice(1), where(start), current?.inEach ?? false);
      body.push(block);
      open.push({ block, target: block.program, inEach: block.helper === 'each' || (current?.inEach ?? false) });
    } else {
      body.push(parsePrint(tag, inner, where(start), current?.inEach ?? false));
    }
  }
  const unclosed = open.at(-1);
  if (unclosed) throw templateError(unclosed.block.at, `${unclosed.block.tag} is never closed`);
  return root;
}

/** Where the tag opened at `start` ends (just past its `}}`). */
function tagEnd(source: string, start: number, where: (index: number) => Where): number {
  const long = source.startsWith('{{!--', start);
  const close = long ? '--}}' : '}}';
  const found = source.indexOf(close, start + (long ? 5 : 2));
  if (found === -1) throw templateError(where(start), 'a tag is never closed');
  const end = found + close.length;
  const tag = source.slice(start, end);
  if (source[end] === '}' || /^\{\{[~{&>^*]|~\}\}$/.test(tag)) {
    throw templateError(where(start), `${tag}${source[end] === '}' ? '}' : ''}: triple-stash, partials, inverted sections, decorators and ~ whitespace control are outside the template subset`);
  }
  return end;
}

function parseBlock(tag: string, inner: string, at: Where, inEach: boolean): Block {
  const words = inner.trim().split(/\s+/);
  const [helper, param] = words;
  if (words.length !== 2 || helper === undefined || !BLOCK_HELPERS.includes(helper)) {
    throw templateError(at, `${tag}: a block is {{#if x}}, {{#unless x}} or {{#each x}} with one field`);
  }
  return { kind: 'block', helper: helper as BlockHelper, path: parsePath(tag, param!, at, inEach), program: { body: [] }, inverse: undefined, tag, at };
}

function parsePrint(tag: string, inner: string, at: Where, inEach: boolean): Print {
  const words = inner.trim().split(/\s+/);
  if (words.length === 1) return { kind: 'print', path: parsePath(tag, words[0]!, at, inEach), helper: undefined, tag, at };
  const [helper, param] = words;
  if (words.length !== 2 || !HELPERS.includes(helper!)) {
    throw templateError(at, `${tag}: a value is printed as {{field}} or {{groovy field}}, {{yaml field}}, {{shell field}}`);
  }
  return { kind: 'print', path: parsePath(tag, param!, at, inEach), helper: helper as Helper, tag, at };
}

function parsePath(tag: string, text: string, at: Where, inEach: boolean): Path {
  if (text === 'this') return { scope: 'context', parts: [], text };
  if (text.startsWith('@')) {
    const name = text.slice(1);
    if (DATA_NAMES.has(name) && inEach) return { scope: 'data', parts: [name], text };
    if (name.startsWith('root.')) return { scope: 'root', parts: segments(tag, name.slice(5), at), text };
    throw templateError(at, `${tag}: ${text} is outside the template subset (@root.field anywhere; @index, @first, @last, @key inside an #each body)`);
  }
  const parts = segments(tag, text, at);
  if (HELPER_NAMES.has(parts[0]!)) throw templateError(at, `${tag}: a field may not be named like the helper ${parts[0]!}`);
  return { scope: 'context', parts, text };
}

function segments(tag: string, text: string, at: Where): string[] {
  const parts = text.split('.');
  for (const part of parts) {
    if (!SEGMENT.test(part) || RESERVED.has(part)) {
      throw templateError(at, `${tag}: "${text}" is not a field path (names of letters, digits, _ and $, joined by dots)`);
    }
  }
  return parts;
}

function locate(template: string, source: string, index: number): Where {
  const before = source.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { template, line: before.split('\n').length, column: index - lineStart + 1 };
}
