// Handlebars' standalone-line rule, on the tree of template-syntax.ts: a line that holds only a
// block tag ({{#each x}}, {{else}}, {{/each}}) or a comment, and whitespace, is removed entirely,
// so that templates can put block tags on lines of their own. The rule has corner cases (the
// first and last line of the template, an empty block, text that was already stripped on one
// side), and they are reproduced here, decision for decision, because output must be byte-equal
// to what Handlebars printed (test/render/template-differential.test.ts and the property test
// compare the two).
import type { Block, Content, Node, Program } from './template-syntax.js';

/** Applies the rule to the whole template, in place. */
export function stripStandaloneLines(root: Program): void {
  visitProgram(root, true);
}

interface Standalone {
  /** The tag opening the block could stand alone (its body starts on a new line). */
  open: boolean;
  /** The closing tag could stand alone (the last body ends with a line break). */
  close: boolean;
  /** A comment: stands alone when its own line holds nothing else. */
  inline: boolean;
}

function visitProgram(program: Program, isRoot: boolean): void {
  const body = program.body;
  for (let i = 0; i < body.length; i++) {
    const node = body[i]!;
    const candidate = node.kind === 'block' ? visitBlock(node) : node.kind === 'comment' ? { open: false, close: false, inline: true } : undefined;
    if (!candidate) continue;
    const lineBefore = endsLine(body, i, isRoot);
    const lineAfter = startsLine(body, i, isRoot);
    if (candidate.inline && lineBefore && lineAfter) {
      stripStart(body[i + 1]);
      stripEnd(body[i - 1]);
    }
    if (candidate.open && lineBefore && node.kind === 'block') {
      stripStart(node.program.body[0]);
      stripEnd(body[i - 1]);
    }
    if (candidate.close && lineAfter && node.kind === 'block') {
      stripStart(body[i + 1]);
      stripEnd((node.inverse ?? node.program).body.at(-1));
    }
  }
}

function visitBlock(block: Block): Standalone {
  visitProgram(block.program, false);
  if (block.inverse) visitProgram(block.inverse, false);
  const program = block.program.body;
  const standalone = { open: startsLine(program, -1, false), close: endsLine((block.inverse ?? block.program).body, undefined, false), inline: false };
  // {{else}} on a line of its own.
  if (block.inverse && endsLine(program, undefined, false) && startsLine(block.inverse.body, -1, false)) {
    stripEnd(program.at(-1));
    stripStart(block.inverse.body[0]);
  }
  return standalone;
}

function content(node: Node | undefined): Content | undefined {
  return node?.kind === 'content' ? node : undefined;
}

/**
 * Does the text before body[i] end a line (its trailing whitespace holds a line break)? Before
 * the template's first node, and when the first node is whitespace only, it does.
 */
function endsLine(body: Node[], i: number | undefined, isRoot: boolean): boolean {
  const at = i ?? body.length;
  const prev = body[at - 1];
  if (!prev) return isRoot;
  const text = content(prev)?.original;
  if (text === undefined) return false;
  const trailing = text.slice(text.trimEnd().length);
  return trailing.includes('\n') || (isRoot && at - 2 < 0 && trailing === text);
}

/** Does the text after body[i] start with a line break (after whitespace)? After the template's last node, and when the last node is whitespace only, it does. */
function startsLine(body: Node[], i: number, isRoot: boolean): boolean {
  const next = body[i + 1];
  if (!next) return isRoot;
  const text = content(next)?.original;
  if (text === undefined) return false;
  const leading = text.slice(0, text.length - text.trimStart().length);
  return leading.includes('\n') || (isRoot && i + 2 >= body.length && leading === text);
}

/** Removes the spaces and tabs that start the node's text, and one line break after them (once per node). */
function stripStart(node: Node | undefined): void {
  const text = content(node);
  if (!text || text.rightStripped) return;
  const before = text.value;
  text.value = before.replace(/^[ \t]*\r?\n?/, '');
  text.rightStripped = text.value !== before;
}

/** Removes the spaces and tabs that end the node's text (once per node). */
function stripEnd(node: Node | undefined): void {
  const text = content(node);
  if (!text || text.leftStripped) return;
  const before = text.value;
  text.value = before.replace(/[ \t]+$/, '');
  text.leftStripped = text.value !== before;
}
