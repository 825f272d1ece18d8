// Escaping helpers, one per output context. Every user string that reaches a generated file goes
// through exactly one of these; templates have no other way to print user text.
import { yamlDoubleQuoted } from './yaml-scalar.js';

const NAMED_GROOVY_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\f': '\\f',
  '\r': '\\r',
};

/** Printable ASCII but the quote and the backslash: the literal is the text itself (most strings, and the fast path). */
const VERBATIM_IN_GROOVY = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;

/**
 * A Groovy 2.4 single-quoted string literal that evaluates to exactly `s`.
 *
 * Groovy decodes `\uHHHH` before lexing, but (like Java) only when the backslash is preceded by an
 * even number of backslashes. Doubling every user backslash keeps each user `\u` at an odd
 * position in a run of pairs, so it is never decoded; our own `\uHHHH` escapes (non-ASCII only,
 * never for a quote, backslash or line break) are decoded to characters that are inert inside a
 * literal. Other control characters use 3-digit octal escapes, which the lexer (not the
 * pre-processor) handles. The result is pure printable ASCII.
 *
 * U+FFFF has no representation: the lexer takes it for the end of the file, raw or escaped.
 * Validation rejects it (GH120), so reaching it here is a bug.
 */
export function groovyString(s: string): string {
  if (VERBATIM_IN_GROOVY.test(s)) return `'${s}'`;
  let out = "'";
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    const code = s.charCodeAt(i);
    if (code === 0xffff) throw new Error('internal error: U+FFFF cannot be written in a Groovy 2.4 literal (validation should have rejected it)');
    const named = NAMED_GROOVY_ESCAPES[ch];
    if (named !== undefined) out += named;
    else if (code < 0x20 || code === 0x7f) out += '\\' + code.toString(8).padStart(3, '0');
    else if (code > 0x7e) out += '\\u' + code.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + "'";
}

/** A YAML double-quoted scalar on one line, read the same by YAML 1.1 and 1.2 readers (see yaml-scalar.ts). */
export function yamlString(s: string): string {
  return yamlDoubleQuoted(s);
}

/** One POSIX shell word: single quotes, with each `'` written as `'\''`. */
export function shellWord(s: string): string {
  return "'" + s.replace(/'/g, "'\\''") + "'";
}
