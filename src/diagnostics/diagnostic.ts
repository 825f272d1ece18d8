// Diagnostics are data: every problem found in the input, with a stable code and a position.

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Stable code, documented in docs/error-codes.md (e.g. GH101). */
  code: string;
  severity: Severity;
  message: string;
  /** File the position refers to, as the user named it. */
  file: string;
  /** 1-based line and column; both absent when the problem is about the whole file (e.g. unreadable). */
  line?: number;
  column?: number;
  /** JSON pointer of the offending node, '' for the document. */
  path: string;
  hint?: string;
}

/** Thrown for bugs, never for bad input: the CLI reports it as an internal error. */
export class InternalError extends Error {
  override name = 'InternalError';
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
