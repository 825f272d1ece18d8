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

/** The offending line with a caret under the column; tabs shown as spaces so the caret lines up. */
function codeFrame(d: Diagnostic, lines: readonly string[], paint: (s: string) => string): string {
  const source = d.line === undefined ? undefined : lines[d.line - 1];
  if (d.line === undefined || source === undefined) return '';
  const shown = (s: string) => printable(s.replace(/\t/g, ' '));
  const gutter = ' '.repeat(String(d.line).length);
  // An escaped control character is wider on screen than in the file: measure the shown prefix.
  const caret = ' '.repeat(shown(source.slice(0, Math.max(0, (d.column ?? 1) - 1))).length) + paint('^');
  return `\n  ${d.line} | ${shown(source)}\n  ${gutter} | ${caret}`;
}

/** "2 errors, 1 warning" */
export function summarizeDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const count = (severity: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === severity).length;
  return `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}`;
}
