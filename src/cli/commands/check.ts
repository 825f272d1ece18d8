import { generateOutput, outDirOf } from '../../app/generate.js';
import { renderCheckReport, renderRefusals } from '../../output/render-result.js';
import type { CliIo } from '../io.js';
import { EXIT_OK, EXIT_PROBLEMS } from '../io.js';
import { oneOf, resolveConfig } from '../options.js';
import { formatDiagnostics } from '../format-diagnostics.js';
import { CliFailure } from '../failure.js';
import { diagnosticJson, printJson } from '../json-output.js';
import { plural } from '../../util/plural.js';
import { printable } from '../../util/printable.js';
import { failingOnDiskErrors, fixCommand, outDirOption, outDisplayName } from './out-dir.js';
import { FORMATS } from '../declare/check.js';
import type { CheckOptions } from '../declare/check.js';

/** `gatehouse check`, declared in ../declare/check.ts. */
export async function runCheck(io: CliIo, done: (code: number) => void, options: CheckOptions): Promise<void> {
  const format = oneOf('--format', options.format, FORMATS);
  const request = { config: await resolveConfig(io, options.config), ...outDirOption(io, options.out) };
  const configName = request.config.displayName;
  const outName = outDisplayName(io, outDirOf(request));
  const result = await failingOnDiskErrors(generateOutput({ ...request, mode: 'check' }), outName, configName);
  if (result.output === undefined) throw new CliFailure(result.diagnostics, { config: configName, text: result.text });
  // An output directory refused as a whole is checked no further: refusals, no report.
  const report = result.output.report ?? { files: [], cutLines: 0, cutFiles: 0 };
  const { refusals, unchanged } = result.output;
  const upToDate = report.files.length === 0 && refusals.length === 0;
  const force = report.files.some((file) => file.status === 'hand-edited');
  const fix = report.files.length > 0 ? fixCommand(options.config, options.out, force) : undefined;
  if (format === 'json') {
    printJson(io, { ok: upToDate, config: configName, outDir: outName, upToDate, files: report.files, refusals, fix: fix ?? null, diagnostics: result.diagnostics.map(diagnosticJson) });
    return done(upToDate ? EXIT_OK : EXIT_PROBLEMS);
  }
  if (result.diagnostics.length > 0) io.err(formatDiagnostics(result.diagnostics, result.text, io.color.err));
  if (refusals.length > 0) io.err(renderRefusals(outName, refusals, false));
  if (upToDate) io.out(`${printable(outName)}: up to date with ${printable(configName)} (${plural(unchanged.length, 'file')})\n`);
  if (fix !== undefined) io.out(renderCheckReport(outName, report, fix, io.color.out, configName));
  done(upToDate ? EXIT_OK : EXIT_PROBLEMS);
}
