// The `yaml` library's errors in plain words, at the line the user has to change, with a hint.
// Its codes are listed in node_modules/yaml/dist/errors.d.ts and explained in its docs
// (docs/08_errors.md in eemeli/yaml); its messages are parser jargon ("Nested mappings are not
// allowed in compact mappings") and some point a line early (at the value before an
// over-indented key). Pure.
import type { ErrorCode, YAMLError } from 'yaml';
import type { Code } from '../diagnostics/codes.js';
import type { Anchor, SourceLines } from './yaml-lines.js';
import { anchorsOf, indentationChoices, indentOf, isContent, keyOf, lineIndexAt, spaces, splitLines } from './yaml-lines.js';

export interface ExplainedYamlError {
  code: Code;
  message: string;
  offset: number;
  hint: string;
}

type Explain = (error: YAMLError, source: SourceLines, text: string) => ExplainedYamlError | undefined;

/**
 * Plain words for every code of the library, typed so that a code a new yaml version adds fails
 * the build until it is explained here; `{0}` is the library's own detail. The codes with a
 * SPECIAL explainer below use these only when the source does not show the usual mistake.
 */
const PLAIN: Record<ErrorCode, [message: string, hint: string, code?: Code]> = {
  ALIAS_PROPS: ['an alias (*name) cannot carry its own anchor (&) or tag (!)', 'remove the & or ! part in front of the alias'],
  BAD_ALIAS: ['an anchor (&) or alias (*) needs a name right after it, and the name must not end with ":"', 'write &name on the first value and *name where it repeats, e.g. `helm: &helm alpine/k8s:1.31.4` then `node: *helm`'],
  BAD_COLLECTION_TYPE: ['the tag does not fit the value: {0}', 'remove the tag; modules.yaml needs none', 'GH105'],
  BAD_DIRECTIVE: ['a % directive line is not valid here: {0}', 'remove the % line; modules.yaml needs no directives'],
  BAD_DQ_ESCAPE: ['a double-quoted string holds an invalid escape: {0}', 'write \\\\ for a backslash, or use single quotes, in which a backslash is an ordinary character'],
  BAD_INDENT: ['this line is not indented like the lines it belongs with: {0}', 'line it up, with spaces, with the keys or list items it belongs to', 'GH109'],
  BAD_PROP_ORDER: ['an anchor (&) or tag (!) comes before the "-", "?" or ":" it belongs after', 'write `- &name value`, not `&name - value`'],
  BAD_SCALAR_START: ['a value cannot start with "@" or "`" unless it is quoted', "quote the value, e.g. '@team'"],
  BLOCK_AS_IMPLICIT_KEY: ['a key and its value are not laid out the way YAML reads them: {0}', 'check the indentation of this line and the next, and quote a value that contains ": "', 'GH109'],
  BLOCK_IN_FLOW: ['a list or mapping written one entry per line cannot be inside [ ] or { }', 'write the inner collection in brackets too, e.g. [a, b] or {key: value}'],
  DUPLICATE_KEY: ['a mapping has the same key twice', 'remove one of the two keys', 'GH101'],
  IMPOSSIBLE: ['the YAML parser reached a state it considers impossible: {0}', 'this is a bug in the yaml library; please report it with the file'],
  KEY_OVER_1024_CHARS: ['a key is longer than 1024 characters (YAML allows no longer plain keys)', 'shorten the key'],
  MISSING_CHAR: ['something is missing here: {0}', 'check this line for an unclosed quote or bracket, a missing comma or colon, or a missing space'],
  MULTILINE_IMPLICIT_KEY: ['a key runs over more than one line: {0}', 'put each key and its ":" on one line, and quote a value that contains ": "'],
  MULTIPLE_ANCHORS: ['a value has two anchors (&); it can have one', 'remove one of the anchors'],
  MULTIPLE_DOCS: ['a second YAML document starts here ("---"); modules.yaml is a single document', 'remove the `---` line and merge the two documents, or move the second one to its own file'],
  MULTIPLE_TAGS: ['a value has two tags (!); it can have at most one, and modules.yaml needs none', 'remove the tags'],
  NON_STRING_KEY: ['a mapping key must be a plain name, not a list, a mapping, an alias or a tagged value', 'write the key as a plain word, e.g. `auth:`; `? [a, b]` keys are not supported', 'GH106'],
  RESOURCE_EXHAUSTION: ['the document is nested too deeply to read: {0}', 'flatten the structure', 'GH108'],
  TAB_AS_INDENT: ['a tab is used for indentation', 'indent with spaces; YAML does not allow tabs for indentation', 'GH109'],
  TAG_RESOLVE_FAILED: ['a tagged value cannot be read as its tag says: {0}', 'remove the tag; modules.yaml needs none', 'GH105'],
  UNEXPECTED_TOKEN: ['unexpected text here: {0}', 'check the brackets, commas and quotes on this line'],
};

export function explainYamlError(error: YAMLError, text: string): ExplainedYamlError {
  const source = splitLines(text);
  const explained = SPECIAL[error.code]?.(error, source, text);
  if (explained) return explained;
  const [message, hint, code = 'GH100'] = PLAIN[error.code];
  return { code, message: message.replace('{0}', firstLine(error.message)), offset: error.pos[0], hint };
}

/** Mistakes whose position or words need a look at the source; undefined falls back to PLAIN. */
const SPECIAL: Partial<Record<ErrorCode, Explain>> = {
  TAB_AS_INDENT: (error, source) => {
    const index = lineIndexAt(source, error.pos[0]);
    return { code: 'GH109', message: `line ${index + 1} is indented with a tab`, offset: source.starts[index] ?? error.pos[0], hint: 'indent with spaces; YAML does not allow tabs for indentation' };
  },
  MISSING_CHAR: (error, _source, text) => unclosedQuote(error, text),
  BAD_INDENT: (error, source, text) => unclosedBracket(error, source, text) ?? misplacedLine(error, source),
  BLOCK_AS_IMPLICIT_KEY: (error, source) => twoKeysOnOneLine(error, source) ?? misplacedLine(error, source),
  MULTILINE_IMPLICIT_KEY: (error, source) => misplacedLine(error, source),
};

/** yaml reports an unclosed quote where the file ends; the quote that opened it is what to fix. */
function unclosedQuote(error: YAMLError, text: string): ExplainedYamlError | undefined {
  const quote = /^Missing closing (['"])quote/.exec(error.message)?.[1];
  if (quote === undefined) return undefined;
  const opening = text.lastIndexOf(quote, error.pos[0] - 1);
  return { code: 'GH100', message: `the ${quote === '"' ? 'double' : 'single'} quote that starts here is never closed`, offset: opening < 0 ? error.pos[0] : opening, hint: `add the closing ${quote} at the end of the value` };
}

/** "Flow sequence in block collection must be sufficiently indented and end with a ]". */
function unclosedBracket(error: YAMLError, source: SourceLines, text: string): ExplainedYamlError | undefined {
  const close = /end with an? ([\]}])/.exec(error.message)?.[1];
  if (close === undefined) return undefined;
  const open = close === ']' ? '[' : '{';
  const opening = unmatchedBefore(text, error.pos[0], open, close);
  const line = lineIndexAt(source, opening) + 1;
  return {
    code: 'GH100',
    message: `the ${open === '[' ? 'list' : 'mapping'} "${open}" opened on line ${line} is never closed with "${close}"`,
    offset: opening,
    hint: `close it with "${close}" on the same line, or indent its continuation lines deeper than the key it belongs to`,
  };
}

function unmatchedBefore(text: string, end: number, open: string, close: string): number {
  let depth = 0;
  for (let index = end - 1; index >= 0; index--) {
    if (text[index] === close) depth++;
    if (text[index] === open && depth-- === 0) return index;
  }
  return end;
}

/** `a: b: c`: a second key on the line of the first; the value needs quotes. */
function twoKeysOnOneLine(error: YAMLError, source: SourceLines): ExplainedYamlError | undefined {
  const index = lineIndexAt(source, error.pos[0]);
  const line = source.lines[index] ?? '';
  const key = keyOf(line.slice(indentOf(line)).replace(/^(-\s+)+/, ''));
  const next = nextContentLine(source, index);
  const valueStart = error.pos[0] - (source.starts[index] ?? 0);
  if (key === undefined || (next !== undefined && indentOf(source.lines[next] ?? '') > indentOf(line))) return undefined;
  const value = line.slice(valueStart).trim();
  return {
    code: 'GH100',
    message: `the value of "${key}" contains ": ", so YAML reads it as a second key on the same line`,
    offset: error.pos[0],
    hint: `quote the value: ${key}: "${value.replace(/"/g, '\\"')}"`,
  };
}

/**
 * A key or list item that is indented where nothing can hold it. yaml's position is often the
 * value on the line before (an over-indented key looks like the second line of a multi-line key
 * to it); the line to change is the first one inside the error's range that is indented
 * differently from its neighbours.
 */
function misplacedLine(error: YAMLError, source: SourceLines): ExplainedYamlError | undefined {
  const first = lineIndexAt(source, error.pos[0]);
  const firstLine = source.lines[first] ?? '';
  // BAD_INDENT, and a list item where a key should be, sit at the start of the line to change.
  const atLine = error.code === 'BAD_INDENT' || error.message.startsWith('A block sequence');
  if (!atLine && anchorsOf(firstLine, first + 1).every((a) => a.kind !== 'key')) return missingColon(source, first);
  // Otherwise yaml points into the line before: its key seems to run on into the misplaced line.
  const culprit = atLine ? first : (nextContentLine(source, first) ?? first);
  const line = source.lines[culprit] ?? '';
  if (!isContent(line)) return undefined;
  const column = indentOf(line);
  const what = anchorsOf(line, culprit + 1)[0];
  const label = what === undefined ? `line ${culprit + 1}` : what.kind === 'key' ? `the key "${what.text}"` : `the list item "- ${what.text}"`;
  const above = keyWithValueAbove(source, culprit);
  const message = above && column > above.column
    ? `${label} on line ${culprit + 1} is indented deeper than "${above.text}" on line ${above.line}, which already has its value on that line`
    : `${label} on line ${culprit + 1} is indented ${spaces(column)}, which lines it up with nothing above it`;
  const hint = indentationChoices(source, culprit) ?? 'indent it with spaces like the keys or list items it belongs with';
  return { code: 'GH109', message, offset: (source.starts[culprit] ?? 0) + column, hint };
}

/** The key on the nearest line above, when a value follows it on that line (`name: x`). */
function keyWithValueAbove(source: SourceLines, index: number): Anchor | undefined {
  let above = index - 1;
  while (above >= 0 && !isContent(source.lines[above] ?? '')) above--;
  const line = source.lines[above] ?? '';
  const key = anchorsOf(line, above + 1).find((anchor) => anchor.kind === 'key');
  const value = key && line.slice(key.column + key.text.length).replace(/^\s*:/, '').replace(/#.*/, '').trim();
  return key && value ? key : undefined;
}

/** `name x` followed by `owner: y`: yaml joins them into one two-line key. */
function missingColon(source: SourceLines, index: number): ExplainedYamlError {
  const line = source.lines[index] ?? '';
  return {
    code: 'GH100',
    message: `line ${index + 1} ("${line.trim()}") has no ":", so YAML reads it and the next line as one key`,
    offset: (source.starts[index] ?? 0) + indentOf(line),
    hint: 'write "key: value" with a colon and a space, or, if the line continues the value above, indent it deeper than that key',
  };
}

function nextContentLine(source: SourceLines, after: number): number | undefined {
  for (let index = after + 1; index < source.lines.length; index++) if (isContent(source.lines[index] ?? '')) return index;
  return undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
