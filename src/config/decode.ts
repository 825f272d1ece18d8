// Bytes -> text, refusing what would silently change the configuration: a byte that is not UTF-8
// (a lenient decoder turns it into U+FFFD) and characters YAML does not allow in a file at all
// (NUL and the other control characters). Both are reported at their line and column. Pure.
import type { Code } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { severityOf } from '../diagnostics/codes.js';

/** Control characters reported one per line, at most this many; the first ones say enough. */
export const MAX_CONTROL_CHARACTER_REPORTS = 10;

export function decodeUtf8(bytes: Uint8Array, file: string): { text: string } | Diagnostic {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const start = firstInvalidSequence(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, start));
    const byte = bytes[start];
    const what = byte === undefined ? 'it ends inside a character' : `byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} here begins an invalid sequence`;
    const message = `the file is not valid UTF-8: ${what}`;
    return positioned('GH004', file, message, before, before.length, 'save the file as UTF-8; a single byte like this is usually Latin-1 or Windows-1252 text');
  }
}

/**
 * Where the first invalid sequence starts, found by feeding a streaming fatal decoder one byte at
 * a time: it throws on the byte that makes the sequence invalid, and the sequence began right
 * after the last byte that completed a character. Only called once the whole decode has failed.
 */
function firstInvalidSequence(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let sequenceStart = 0;
  for (let index = 0; index < bytes.length; index++) {
    try {
      if (decoder.decode(bytes.subarray(index, index + 1), { stream: true }) !== '') sequenceStart = index + 1;
    } catch {
      return sequenceStart;
    }
  }
  return sequenceStart;
}

// What YAML 1.2 excludes from a stream (its c-printable set), apart from lone surrogates, which
// cannot come out of a fatal UTF-8 decode: C0 controls but tab, line feed and carriage return;
// DEL; C1 controls but NEL (U+0085).
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;

/** Whether the text holds a character findControlCharacters reports (search ignores the g flag's lastIndex). */
export function hasControlCharacters(text: string): boolean {
  return text.search(FORBIDDEN) >= 0;
}

/** NUL and other raw control characters in the text, one diagnostic per line. */
export function findControlCharacters(text: string, file: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  let line = 1;
  let counted = 0;
  let lastLine = 0;
  for (const match of text.matchAll(FORBIDDEN)) {
    line += newlinesBetween(text, counted, match.index);
    counted = match.index;
    if (line === lastLine) continue;
    lastLine = line;
    const name = match[0] === '\u0000' ? 'a NUL byte' : `the control character U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    const hint = 'remove it; to put a control character into a value, write it as an escape in a double-quoted string, e.g. "\\t"';
    found.push(positioned('GH005', file, `the file contains ${name} here, which YAML does not allow in a file`, text, match.index, hint, line));
    if (found.length === MAX_CONTROL_CHARACTER_REPORTS) break;
  }
  return found;
}

function newlinesBetween(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = text.indexOf('\n', from); index >= 0 && index < to; index = text.indexOf('\n', index + 1)) count++;
  return count;
}

function positioned(code: Code, file: string, message: string, text: string, offset: number, hint: string, line = 1 + newlinesBetween(text, 0, offset)): Diagnostic {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return { code, severity: severityOf(code), message, file, line, column: offset - lineStart + 1, path: '', hint };
}
