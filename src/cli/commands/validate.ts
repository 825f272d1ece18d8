import { plural } from '../../util/plural.js';
import { printable } from '../../util/printable.js';
import { loadProject } from '../../app/load-project.js';
import type { CliIo } from '../io.js';
import { oneOf, resolveConfig } from '../options.js';
import { formatDiagnostics, summarizeDiagnostics } from '../format-diagnostics.js';
import { CliFailure } from '../failure.js';
import { exitCodeOf } from '../exit-code.js';
import { diagnosticJson, printJson } from '../json-output.js';
import { EXIT_USAGE } from '../io.js';
import { FORMATS } from '../declare/validate.js';
import type { ValidateOptions } from '../declare/validate.js';

/** `gatehouse validate`, declared in ../declare/validate.ts. */
export async function runValidate(io: CliIo, done: (code: number) => void, options: ValidateOptions): Promise<void> {
  const format = oneOf('--format', options.format, FORMATS);
  const config = await resolveConfig(io, options.config);
  const name = config.displayName;
  const project = await loadProject(config.path, name);
  const exitCode = exitCodeOf(project.diagnostics);
  // A file that cannot be read is not a verdict on its content: reported like any failure.
  if (exitCode === EXIT_USAGE) throw new CliFailure(project.diagnostics, { config: name });
  if (format === 'json') {
    printJson(io, { file: name, valid: exitCode === 0, diagnostics: project.diagnostics.map(diagnosticJson) });
    return done(exitCode);
  }
  io.err(formatDiagnostics(project.diagnostics, project.text, io.color.err));
  const counts = summarizeDiagnostics(project.diagnostics);
  if (exitCode !== 0) io.err(`${printable(name)}: ${counts}\n`);
  else io.out(`${printable(name)}: valid, ${plural(project.model?.modules.length ?? 0, 'module')}${project.diagnostics.length > 0 ? ` (${counts})` : ''}\n`);
  done(exitCode);
}
