// `--format json`: one JSON document on stdout, for every command and every outcome, errors
// included. Diagnostics have one shape everywhere (DiagnosticJson); a command that cannot give
// its own document prints the failure document instead. Commands in other files reuse these.
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { printableJson } from '../util/printable.js';
import type { CliIo } from './io.js';

/** Every key always present, in this order; null where a diagnostic has nothing to say. */
export interface DiagnosticJson {
  code: string;
  severity: Severity;
  /** The file as the user named it; null for a problem with the command line itself. */
  file: string | null;
  /** 1-based; both null for a problem about the whole file. */
  line: number | null;
  column: number | null;
  /** JSON pointer of the offending node in modules.yaml; '' for the whole document; null when not about modules.yaml's content. */
  path: string | null;
  message: string;
  hint: string | null;
}

export function diagnosticJson(d: Diagnostic): DiagnosticJson {
  return {
    code: d.code,
    severity: d.severity,
    file: d.file === '' ? null : d.file,
    line: d.line ?? null,
    column: d.line === undefined ? null : (d.column ?? 1),
    path: d.file === '' ? null : d.path,
    message: d.message,
    hint: d.hint ?? null,
  };
}

/** The document of a command that could not produce its own: what went wrong and the exit code. */
export interface FailureJson {
  ok: false;
  exitCode: number;
  /** The modules.yaml that was read, as diagnostics name it; null when none was found. */
  config: string | null;
  diagnostics: DiagnosticJson[];
}

export function failureJson(exitCode: number, diagnostics: readonly Diagnostic[], config: string | undefined): FailureJson {
  return { ok: false, exitCode, config: config ?? null, diagnostics: diagnostics.map(diagnosticJson) };
}

/** Pretty-printed with a final newline; control characters in strings escaped for the terminal. */
export function printJson(io: CliIo, document: unknown): void {
  io.out(printableJson(JSON.stringify(document, null, 2)) + '\n');
}

/** `--format json` given anywhere on the command line (`--format json` or `--format=json`). */
export function argvRequestsJson(argv: readonly string[]): boolean {
  return argv.some((arg, index) => arg === '--format=json' || (arg === '--format' && argv[index + 1] === 'json'));
}
