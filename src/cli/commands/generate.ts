import { generateOutput, outDirOf } from '../../app/generate.js';
import { renderRefusals, renderSummary } from '../../output/render-result.js';
import type { CliIo } from '../io.js';
import { EXIT_OK, EXIT_PROBLEMS } from '../io.js';
import { oneOf, resolveConfig } from '../options.js';
import { formatDiagnostics } from '../format-diagnostics.js';
import { CliFailure } from '../failure.js';
import { diagnosticJson, printJson } from '../json-output.js';
import { failingOnDiskErrors, outDirOption, outDisplayName } from './out-dir.js';
import { FORMATS } from '../declare/generate.js';
import type { GenerateOptions } from '../declare/generate.js';

/** `gatehouse generate`, declared in ../declare/generate.ts. */
export async function runGenerate(io: CliIo, done: (code: number) => void, options: GenerateOptions): Promise<void> {
  const format = oneOf('--format', options.format, FORMATS);
  const request = { config: await resolveConfig(io, options.config), ...outDirOption(io, options.out), force: options.force === true };
  const configName = request.config.displayName;
  const outName = outDisplayName(io, outDirOf(request));
  const result = await failingOnDiskErrors(generateOutput({ ...request, mode: 'write' }), outName, configName);
  const output = result.output;
  if (output === undefined) throw new CliFailure(result.diagnostics, { config: configName, text: result.text });
  const exitCode = output.refusals.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
  if (format === 'json') {
    const { written, unchanged, removed, conflicted, leftovers, refusals } = output;
    const summary = { written, unchanged: unchanged.length, removed, conflicted, leftovers, refusals };
    printJson(io, { ok: exitCode === EXIT_OK, config: configName, outDir: outName, ...summary, diagnostics: result.diagnostics.map(diagnosticJson) });
    return done(exitCode);
  }
  if (result.diagnostics.length > 0) io.err(formatDiagnostics(result.diagnostics, result.text, io.color.err));
  if (exitCode === EXIT_OK) io.out(renderSummary(outName, output, configName));
  else io.err(renderRefusals(outName, output.refusals, true));
  done(exitCode);
}
