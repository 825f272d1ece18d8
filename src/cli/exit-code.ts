// The exit-code rule as data: which problems mean "could not run" (2) rather than "found
// problems" (1). Every command derives its exit code from its diagnostics through this one
// function, so the rule cannot drift between commands (docs/cli-conventions.md).
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { REPORT_CODES } from '../gate/report-error.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from './io.js';

/**
 * A file that cannot be found or read, or a command line that names nothing: the command never
 * got to look at its input. Everything else found in the input is a problem in it (exit 1).
 */
const COULD_NOT_RUN_CODES: ReadonlySet<string> = new Set([
  'GH001', // file cannot be read
  'GH002', // no modules.yaml found
  'GH003', // not a regular file
  'GH006', // invalid command line
  'GH007', // unknown module
  'GH008', // disk failure
  'GH700', // no GITHUB_TOKEN
  REPORT_CODES.missing, // GH601: a report file missing, or a glob that matches none
  REPORT_CODES.unreadable, // GH602: a report that cannot be read
]);

/** 2 when any error means the command could not run, else 1 when there is any error, else 0. */
export function exitCodeOf(diagnostics: readonly Diagnostic[]): number {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.some((d) => COULD_NOT_RUN_CODES.has(d.code))) return EXIT_USAGE;
  return errors.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
