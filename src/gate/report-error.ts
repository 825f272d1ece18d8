// Problems with a report file are data: the use case collects every one, the CLI prints them all
// and exits 2. A report we cannot read must never be mistaken for a good (or a bad) build.
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** Thrown by the pure report parsers; carries the file name as the user gave it. */
export class ReportError extends Error {
  override name = 'ReportError';
  constructor(
    readonly code: string,
    readonly file: string,
    message: string,
    readonly line = 0,
    readonly column = 0,
    readonly hint?: string,
  ) {
    super(`${file}: ${message}`);
  }

  toDiagnostic(): Diagnostic {
    const detail = this.message.slice(this.file.length + 2);
    return {
      code: this.code,
      severity: 'error',
      message: detail,
      file: this.file,
      // Line 0 means the problem is about the whole file: no position at all.
      ...(this.line > 0 ? { line: this.line, column: Math.max(1, this.column) } : {}),
      path: '',
      ...(this.hint === undefined ? {} : { hint: this.hint }),
    };
  }
}

/** Stable codes for report problems (documented in docs/gate.md, "Report problems"). */
export const REPORT_CODES = {
  missing: 'GH601',
  unreadable: 'GH602',
  malformed: 'GH603',
  wrongFormat: 'GH604',
  empty: 'GH605',
  unsafe: 'GH606',
} as const;
