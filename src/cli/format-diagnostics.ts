// Renders diagnostics for a terminal:
//   modules.yaml:12:17: error GH300: module "auth" depends on "confg", which is not a module
//     12 |     dependsOn: [confg]
//        |                 ^
//     hint: did you mean "config-service"?
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { plural } from '../util/plural.js';

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
      const head = `${d.file}:${d.line}:${d.column}: ${paint(severityColor, d.severity)} ${d.code}: ${d.message}`;
      const hint = d.hint === undefined ? '' : `\n  ${paint('36', 'hint:')} ${d.hint}`;
      const frame = textFile === undefined || textFile === d.file ? codeFrame(d, lines, (s) => paint(severityColor, s)) : '';
      return head + frame + hint + '\n';
    })
    .join('');
}

/** The offending line with a caret under the column; tabs shown as spaces so the caret lines up. */
function codeFrame(d: Diagnostic, lines: readonly string[], paint: (s: string) => string): string {
  const source = d.line > 0 ? lines[d.line - 1] : undefined;
  if (source === undefined) return '';
  const gutter = ' '.repeat(String(d.line).length);
  const caret = ' '.repeat(Math.max(0, d.column - 1)) + paint('^');
  return `\n  ${d.line} | ${source.replace(/\t/g, ' ')}\n  ${gutter} | ${caret}`;
}

/** "2 errors, 1 warning" */
export function summarizeDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const count = (severity: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === severity).length;
  return `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}`;
}
