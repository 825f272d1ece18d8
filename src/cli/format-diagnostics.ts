// Renders diagnostics for a terminal:
//   modules.yaml:12:17: error GH300: module "auth" depends on "confg", which is not a module
//     12 |     dependsOn: [confg]
//        |                 ^
//     hint: did you mean "config-service"?
// A problem about the whole file has no position: `modules.yaml: error GH001: cannot read ...`.
// Every piece of user text (file name, message, hint, source line) goes through `printable`.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { plural } from '../util/plural.js';
import { printable } from '../util/printable.js';

/**
 * `text` is the source the code frames are cut from. When the diagnostics are about several
 * files (e.g. the gate's reports next to modules.yaml), pass `textFile`, the name of the file
 * `text` belongs to, so no other file's problem gets a frame from the wrong source.
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], text: string | undefined, color: boolean, textFile?: string): string {
  const lines = text?.split(/\r?\n/) ?? [];
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  return diagnostics
    .map((d) => {
      const severityColor = d.severity === 'error' ? '31' : '33';
      // A problem with the command line itself has no file: it is gatehouse's, like `git: ...`.
      const head = `${printable(d.file === '' ? 'gatehouse' : d.file)}${position(d)}: ${paint(severityColor, d.severity)} ${d.code}: ${printable(d.message)}`;
      const hint = d.hint === undefined ? '' : `\n  ${paint('36', 'hint:')} ${printable(d.hint)}`;
      const frame = textFile === undefined || textFile === d.file ? codeFrame(d, lines, (s) => paint(severityColor, s)) : '';
      return head + frame + hint + '\n';
    })
    .join('');
}

/** `:12:17`, or nothing for a problem about the whole file. */
function position(d: Diagnostic): string {
  return d.line === undefined ? '' : `:${d.line}:${d.column ?? 1}`;
}

/** Characters of a source line a frame shows: a longer line is cut to this many around the column. */
export const FRAME_WIDTH = 120;
const CUT = '...';

/**
 * The offending line with a caret under the column; tabs shown as spaces so the caret lines up.
 * A long line (a config written on one line, 10,000 nested brackets) is cut to FRAME_WIDTH
 * characters around the column, marked with "...": every diagnostic on it would otherwise print
 * the whole line again.
 */
function codeFrame(d: Diagnostic, lines: readonly string[], paint: (s: string) => string): string {
  const source = d.line === undefined ? undefined : lines[d.line - 1];
  if (d.line === undefined || source === undefined) return '';
  const shown = (s: string) => printable(s.replace(/\t/g, ' '));
  const column = Math.min(source.length, Math.max(0, (d.column ?? 1) - 1));
  const [start, end] = frameWindow(source, column);
  const before = start > 0 ? CUT : '';
  const after = end < source.length ? CUT : '';
  const gutter = ' '.repeat(String(d.line).length);
  // An escaped control character is wider on screen than in the file: measure the shown prefix.
  const caret = ' '.repeat(before.length + shown(source.slice(start, column)).length) + paint('^');
  return `\n  ${d.line} | ${before}${shown(source.slice(start, end))}${after}\n  ${gutter} | ${caret}`;
}

/** [start, end) of the part of `source` a frame shows: all of it, or FRAME_WIDTH characters centred on `column`, never splitting a surrogate pair. */
function frameWindow(source: string, column: number): [number, number] {
  if (source.length <= FRAME_WIDTH) return [0, source.length];
  let start = Math.max(0, Math.min(column - FRAME_WIDTH / 2, source.length - FRAME_WIDTH));
  let end = start + FRAME_WIDTH;
  if (isLowSurrogate(source.charCodeAt(start))) start += 1;
  if (end < source.length && isLowSurrogate(source.charCodeAt(end))) end -= 1;
  return [start, end];
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** "2 errors, 1 warning" */
export function summarizeDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const count = (severity: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === severity).length;
  return `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}`;
}
