// The scalars and keys of the plain-YAML fast path (plain-yaml.ts): each reader returns the value
// exactly as the yaml package (core schema) gives it, or throws NOT_PLAIN when the text is anything
// it does not read exactly. Pure.
import { NONCHARACTER } from './noncharacters.js';

export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

/** Thrown (never escapes plain-yaml.ts) when the text needs the full YAML parser. */
export const NOT_PLAIN = new Error('not in the plain YAML subset');

export function bail(): never {
  throw NOT_PLAIN;
}

/** Characters that start something other than a plain scalar (YAML 1.2's c-indicator). */
const INDICATORS = new Set('-?:,[]{}#&*!|>\'"%@`');

/**
 * The core schema's null and bool scalars (`~|[Nn]ull|NULL`, `[Tt]rue|TRUE|[Ff]alse|FALSE`) as
 * sets: looked up rather than matched, since most of a file's scalars start with one of these
 * letters (names, `true`, `false`).
 */
const CORE_NULLS: ReadonlySet<string> = new Set(['~', 'null', 'Null', 'NULL']);
const CORE_BOOLEANS: ReadonlyMap<string, boolean> = new Map([
  ...['true', 'True', 'TRUE'].map((text) => [text, true] as const),
  ...['false', 'False', 'FALSE'].map((text) => [text, false] as const),
]);

/**
 * The core schema's resolution of a plain scalar, test for test in the order of
 * node_modules/yaml/dist/schema/core/schema.js (null, bool, octal, int, hex, nan/inf, exponent,
 * float): `1_000` and `0b1` stay strings, `-0` is -0, `0o17` is 15.
 */
export function resolvePlain(text: string): PlainValue {
  if (!/^[-+.~0-9nNtTfF]/.test(text)) return text;
  if (CORE_NULLS.has(text)) return null;
  const boolean = CORE_BOOLEANS.get(text);
  if (boolean !== undefined) return boolean;
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? -Infinity : Infinity;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
  return text;
}

/**
 * Whether a plain scalar may start at `at`: not an indicator, except `-` before a letter, digit,
 * `-` or `.` (`-1`, `--queue`). `?x` and `:x` are valid YAML too, but rare enough to leave to the
 * full parser.
 */
export function startsPlain(line: string, at: number): boolean {
  const first = line[at];
  if (first === undefined || first === ' ') return false;
  if (first === '-') return /[-.0-9A-Za-z]/.test(line[at + 1] ?? '');
  return !INDICATORS.has(first);
}

/** A quoted scalar that starts and ends on this line: [value, index after the closing quote]. */
export function readQuoted(line: string, at: number): [string, number] {
  return line[at] === "'" ? readSingleQuoted(line, at) : readDoubleQuoted(line, at);
}

function readSingleQuoted(line: string, at: number): [string, number] {
  let value = '';
  for (let from = at + 1; ; ) {
    const quote = line.indexOf("'", from);
    if (quote < 0) bail();
    value += line.slice(from, quote);
    if (line[quote + 1] !== "'") return [value, quote + 1];
    value += "'";
    from = quote + 2;
  }
}

/** The escapes of node_modules/yaml/dist/compose/resolve-flow-scalar.js but line breaks and tabs. */
const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};
const HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

function readDoubleQuoted(line: string, at: number): [string, number] {
  let value = '';
  let from = at + 1;
  for (let index = from; index < line.length; index++) {
    const char = line[index];
    if (char === '"') return [value + line.slice(from, index), index + 1];
    if (char !== '\\') continue;
    value += line.slice(from, index);
    const code = line[index + 1] ?? '';
    const digits = HEX_DIGITS[code];
    if (digits === undefined) {
      value += ESCAPES[code] ?? bail();
      index += 1;
    } else {
      value += codePoint(line.substr(index + 2, digits), digits);
      index += 1 + digits;
    }
    from = index + 1;
  }
  return bail();
}

/** `\x`, `\u` or `\U` with exactly its number of hex digits; a noncharacter is GH120's to report. */
function codePoint(hex: string, digits: number): string {
  if (hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex)) bail();
  const code = parseInt(hex, 16);
  if (code > 0x10ffff) bail();
  const char = String.fromCodePoint(code);
  return NONCHARACTER.test(char) ? bail() : char;
}

/** After a value on its line: nothing, or a comment set off by a space. */
export function expectLineEnd(line: string, at: number): void {
  const index = skipSpaces(line, at);
  if (index < line.length && (line[index] !== '#' || index === at)) bail();
}

export function skipSpaces(line: string, at: number): number {
  let index = at;
  while (line[index] === ' ') index++;
  return index;
}

/** A new key of a mapping; a repeated key, a merge key and `__proto__` are the full parser's. */
export function setEntry(map: Record<string, PlainValue>, key: string, value: PlainValue): void {
  if (key === '__proto__' || key === '<<' || Object.hasOwn(map, key)) bail();
  map[key] = value;
}

/** The farthest a key's `:` may be from the key's start here; YAML allows 1024 characters. */
const MAX_KEY_LENGTH = 1000;

/**
 * `key:` at `at`, followed by a space or the end of the line, and the index after the colon. It
 * and plainPart return objects, not pairs: the reader runs cold, and destructuring a pair there
 * walks the array iterator (about a tenth of reading a large file).
 */
export function keyAt(line: string, at: number): { key: string; afterColon: number } | undefined {
  if (line[at] === "'" || line[at] === '"') {
    const [key, end] = readQuoted(line, at);
    if (line[end] !== ':') return undefined;
    if ((end + 1 < line.length && line[end + 1] !== ' ') || end - at > MAX_KEY_LENGTH) bail();
    return { key, afterColon: end + 1 };
  }
  if (!startsPlain(line, at) || line[at] === '-') return undefined;
  const colon = keyColon(line, at);
  if (colon < 0) return undefined;
  let end = colon;
  while (line[end - 1] === ' ') end--;
  const key = line.slice(at, end);
  if (colon - at > MAX_KEY_LENGTH || /[[\]{},]| #/.test(key)) bail();
  return { key, afterColon: colon + 1 };
}

/** The `:` that ends a plain key: the first one followed by a space or the end of the line. */
function keyColon(line: string, at: number): number {
  for (let colon = line.indexOf(':', at); colon >= 0; colon = line.indexOf(':', colon + 1)) {
    if (colon + 1 === line.length || line[colon + 1] === ' ') return colon;
  }
  return -1;
}

/**
 * The part of a plain scalar on one line, from `at` to a comment or the end, without trailing
 * spaces; a `: ` inside (or a `:` at the end) would make it a key, which the full parser reports.
 */
export function plainPart(line: string, at: number): { text: string; comment: boolean } {
  const hash = line.indexOf(' #', at);
  let end = hash < 0 ? line.length : hash;
  while (line[end - 1] === ' ') end--;
  const text = line.slice(at, end);
  if (text.includes(': ') || text.endsWith(':')) bail();
  return { text, comment: hash >= 0 };
}
