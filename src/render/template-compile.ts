// gatehouse's template compiler: the templates under templates/ are Handlebars files, and stay the
// source of truth (DESIGN.md), but they are rendered by this compiler instead of the Handlebars
// runtime. At 1000 modules the runtime cost ~160 ms of the main thread for the Jenkinsfiles alone
// (its generic helper calls, property-access checks and the garbage they make); a template here
// compiles once into a tree of closures that does only what our templates need.
//
// The subset, with the semantics of Handlebars 4.7 compiled with { strict: true, noEscape: true }:
//   {{field}} {{a.b}} {{this}} {{@root.a}}     print a value (null and undefined print nothing)
//   {{groovy x}} {{yaml x}} {{shell x}}         print x through an escaping helper (template.ts)
//   {{#if x}} {{#unless x}} {{#each x}}         blocks, each with an optional {{else}}
//   {{@index}} {{@first}} {{@last}} {{@key}}   inside an #each body
//   {{! comment }} {{!-- comment --}}
// A printed path must exist (strict mode): a missing last field throws, naming the field and the
// template line; inside a block's argument a missing field is undefined, as in Handlebars. #if is
// false for undefined, null, false, '', 0, NaN and empty arrays. #each walks arrays (holes
// skipped) and the own keys of plain objects. Lookups see own properties only. A line holding
// only a block tag or a comment is removed (template-standalone.ts). The pieces of a block are
// joined with JavaScript's +, as Handlebars' generated code does: two numbers printed back to back
// at the start of a block add up. Anything else (partials, other helpers, `../`, `~`, triple
// braces, escapes, literals, functions in the view) is refused when the template is compiled, or
// for a function or a Map in the view when it is met, with an internal error.
import type { Block, Helper, Node, Path, Print, Program, Where } from './template-syntax.js';
import { parseTemplate, templateError } from './template-syntax.js';
import { stripStandaloneLines } from './template-standalone.js';

export type TemplateHelpers = Record<Helper, (value: unknown) => string>;

export type CompiledTemplate = (view: unknown) => string;

/** The data frame: @root, and inside #each the current item's position. */
class Frame {
  key: unknown = undefined;
  index = 0;
  first = false;
  last = false;
  constructor(readonly root: unknown) {}
}

type Render = (context: unknown, frame: Frame) => unknown;

/** Compiles templates/`template` (its text is `source`); throws when it leaves the subset. */
export function compileTemplate(template: string, source: string, helpers: TemplateHelpers): CompiledTemplate {
  const root = parseTemplate(template, source);
  stripStandaloneLines(root);
  const main = compileProgram(root, helpers);
  return (view) => '' + (main(view, new Frame(view)) as string);
}

const EMPTY: Render = () => '';

/** A block's pieces joined with +, left to right, from the first piece's own value (not from ''). */
function compileProgram(program: Program, helpers: TemplateHelpers): Render {
  const parts = program.body.flatMap((node) => compileNode(node, helpers));
  const [first, second, third] = parts;
  if (first === undefined) return EMPTY;
  if (second === undefined) return first;
  if (third === undefined) return (context, frame) => (first(context, frame) as string) + (second(context, frame) as string);
  return (context, frame) => {
    let out = first(context, frame) as string;
    for (let i = 1; i < parts.length; i++) out = out + (parts[i]!(context, frame) as string);
    return out;
  };
}

function compileNode(node: Node, helpers: TemplateHelpers): Render[] {
  switch (node.kind) {
    case 'content': {
      const text = node.value;
      return text === '' ? [] : [() => text];
    }
    case 'comment':
      return [];
    case 'print':
      return [compilePrint(node, helpers)];
    case 'block':
      return [compileBlock(node, helpers)];
  }
}

function compilePrint(node: Print, helpers: TemplateHelpers): Render {
  // A helper's argument is not strict: a missing field reaches the helper as undefined.
  const value = compilePath(node.path, node.helper === undefined, node.at, node.tag);
  if (node.helper !== undefined) {
    const escape = helpers[node.helper];
    return (context, frame) => escape(value(context, frame));
  }
  return (context, frame) => {
    const result = value(context, frame);
    if (typeof result === 'function') throw templateError(node.at, `${node.tag}: a function in the view is outside the template subset`);
    return result ?? '';
  };
}

function compileBlock(node: Block, helpers: TemplateHelpers): Render {
  const value = compilePath(node.path, false, node.at, node.tag);
  const program = compileProgram(node.program, helpers);
  const inverse = node.inverse ? compileProgram(node.inverse, helpers) : EMPTY;
  const check = (result: unknown) => {
    if (typeof result === 'function') throw templateError(node.at, `${node.tag}: a function in the view is outside the template subset`);
    return result;
  };
  // A block met where the context is null or undefined (an #each item) runs its branches with an
  // empty object instead, as Handlebars calls its block helpers.
  switch (node.helper) {
    case 'if':
      return (context, frame) => (isFalsy(check(value(context, frame))) ? inverse : program)(context ?? NULL_CONTEXT, frame);
    case 'unless':
      return (context, frame) => (isFalsy(check(value(context, frame))) ? program : inverse)(context ?? NULL_CONTEXT, frame);
    case 'each':
      return (context, frame) => renderEach(check(value(context, frame)), node.at, program, inverse, context ?? NULL_CONTEXT, frame);
  }
}

const NULL_CONTEXT = Object.seal({});

/** Handlebars' #if: JavaScript's falsy values, and empty arrays. */
function isFalsy(value: unknown): boolean {
  return !value || (Array.isArray(value) && value.length === 0);
}

function renderEach(items: unknown, at: Where, body: Render, inverse: Render, context: unknown, frame: Frame): unknown {
  if (items === null || typeof items !== 'object') return inverse(context, frame);
  const inner = new Frame(frame.root);
  let out = '';
  if (Array.isArray(items)) {
    for (let i = 0; i < items.length; i++) {
      if (!(i in items)) continue;
      setPosition(inner, i, i, i === items.length - 1);
      out = out + (body(items[i], inner) as string);
    }
    return items.length === 0 ? inverse(context, frame) : out;
  }
  if (Symbol.iterator in items) throw templateError(at, '#each over an iterable that is not an array is outside the template subset');
  const keys = Object.keys(items);
  for (let i = 0; i < keys.length; i++) {
    setPosition(inner, keys[i], i, i === keys.length - 1);
    out = out + (body((items as Record<string, unknown>)[keys[i]!], inner) as string);
  }
  return keys.length === 0 ? inverse(context, frame) : out;
}

function setPosition(frame: Frame, key: unknown, index: number, last: boolean): void {
  frame.key = key;
  frame.index = index;
  frame.first = index === 0;
  frame.last = last;
}

/**
 * Reads a path. `strict` (a printed value): the last field must exist (`in`, as Handlebars checks
 * it) on an object. Elsewhere a missing last field is undefined. A missing object on the way is an
 * error either way (a TypeError in Handlebars).
 */
function compilePath(path: Path, strict: boolean, at: Where, tag: string): Render {
  if (path.scope === 'data') return dataField(path.parts[0]!);
  const fromRoot = path.scope === 'root';
  const parts = path.parts;
  const last = parts.length - 1;
  if (last < 0) return (context) => context;
  const lastName = parts[last]!;
  return (context, frame) => {
    let value = fromRoot ? frame.root : context;
    for (let i = 0; i < last; i++) value = field(value, parts[i]!, at, tag);
    if (strict && (value === null || (typeof value !== 'object' && typeof value !== 'function') || !(lastName in value))) {
      throw templateError(at, `"${lastName}" not defined in the view (${tag})`);
    }
    return field(value, lastName, at, tag);
  };
}

function dataField(name: string): Render {
  switch (name) {
    case 'index':
      return (_, frame) => frame.index;
    case 'first':
      return (_, frame) => frame.first;
    case 'last':
      return (_, frame) => frame.last;
    default:
      return (_, frame) => frame.key;
  }
}

/** Handlebars' lookupProperty: an own property's value; an inherited one reads as undefined. */
function field(parent: unknown, name: string, at: Where, tag: string): unknown {
  if (parent === null || parent === undefined) throw templateError(at, `cannot read "${name}" of ${String(parent)} (${tag})`);
  const value = (parent as Record<string, unknown>)[name];
  if (value === null || value === undefined) return value;
  return Object.prototype.hasOwnProperty.call(parent, name) ? value : undefined;
}
