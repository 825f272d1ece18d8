// Renders diagnostics as `file:line:col: error CODE: message`, a code frame and a hint.
import type { Diagnostic } from '../diagnostics/diagnostic.js';

export function formatDiagnostics(diagnostics: readonly Diagnostic[], text: string | undefined, color: boolean): string {
  const lines = text?.split(/\r?\n/) ?? [];
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  return diagnostics
    .map((d) => {
      const head = `${d.file}:${d.line}:${d.column}: ${paint('31', d.severity)} ${d.code}: ${d.message}`;
      const source = d.line > 0 ? lines[d.line - 1] : undefined;
      const frame = source === undefined ? '' : `\n  ${d.line} | ${source}\n  ${' '.repeat(String(d.line).length)} | ${' '.repeat(Math.max(0, d.column - 1))}${paint('31', '^')}`;
      const hint = d.hint ? `\n  hint: ${d.hint}` : '';
      return head + frame + hint + '\n';
    })
    .join('');
}
