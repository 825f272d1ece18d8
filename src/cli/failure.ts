// A command that cannot finish throws a CliFailure with its diagnostics; main prints it the way
// the command line asked (text with code frames on stderr, or the failure document on stdout)
// and exits with the code the diagnostics imply. Commands only describe what went wrong.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { exitCodeOf } from './exit-code.js';
import { formatDiagnostics } from './format-diagnostics.js';
import type { CliIo } from './io.js';
import { EXIT_PROBLEMS } from './io.js';
import { failureJson, printJson } from './json-output.js';

export interface FailureContext {
  /** The modules.yaml that was read, as diagnostics name it. */
  config?: string | undefined;
  /** Its text, for code frames. */
  text?: string | undefined;
  /** The file `text` belongs to, when that is not the config (a release manifest, a report). */
  textFile?: string | undefined;
}

export class CliFailure extends Error {
  override name = 'CliFailure';
  constructor(
    readonly diagnostics: readonly Diagnostic[],
    readonly context: FailureContext = {},
  ) {
    super(diagnostics.map((d) => d.message).join('; '));
  }

  /** Never 0: a failure without an error among its diagnostics is still a failure. */
  get exitCode(): number {
    return Math.max(EXIT_PROBLEMS, exitCodeOf(this.diagnostics));
  }
}

/** A problem with the command line itself (GH006): no file, no position. */
export function commandLineProblem(message: string, hint?: string): Diagnostic {
  return { code: 'GH006', severity: 'error', message, file: '', path: '', ...(hint === undefined ? {} : { hint }) };
}

/** Prints the failure as asked and returns its exit code. */
export function reportFailure(io: CliIo, json: boolean, failure: CliFailure): number {
  const { config, text, textFile } = failure.context;
  if (json) printJson(io, failureJson(failure.exitCode, failure.diagnostics, config));
  else io.err(formatDiagnostics(failure.diagnostics, text, io.color.err, textFile ?? config));
  return failure.exitCode;
}
