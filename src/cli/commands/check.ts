import type { Command } from 'commander';
import { generateOutput } from '../../app/generate.js';
import { renderCheckReport, renderRefusals } from '../../output/render-result.js';
import type { CliIo } from '../io.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from '../io.js';
import { CONFIG_OPTION, configSource } from '../options.js';
import { formatDiagnostics } from '../format-diagnostics.js';
import { plural } from '../../util/plural.js';
import { fixCommand, OUT_OPTION, outDirOption, outDisplayName, reportingDiskErrors } from './out-dir.js';

interface CheckOptions {
  config?: string;
  out?: string;
}

export function registerCheck(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('check')
    .description('write nothing; exit 1 when generated/ is not exactly what generate would write')
    .option(...CONFIG_OPTION)
    .option(...OUT_OPTION)
    .action(async (options: CheckOptions) => {
      const request = { config: configSource(io, options.config), ...outDirOption(io, options.out), mode: 'check' as const };
      const result = await reportingDiskErrors(io, generateOutput(request));
      if (result === undefined) return done(EXIT_USAGE);
      if (result.diagnostics.length > 0) io.err(formatDiagnostics(result.diagnostics, result.text, io.color));
      const output = result.output;
      if (output?.report === undefined) return done(EXIT_PROBLEMS);
      const outName = outDisplayName(io, result.outDir);
      if (output.refusals.length > 0) io.err(renderRefusals(outName, output.refusals, false));
      const files = output.report.files;
      if (files.length === 0 && output.refusals.length === 0) {
        io.out(`${outName}: up to date (${plural(output.unchanged.length, 'file')})\n`);
        return done(EXIT_OK);
      }
      if (files.length > 0) {
        const force = files.some((file) => file.status === 'hand-edited');
        io.out(renderCheckReport(outName, output.report, fixCommand(options.config, options.out, force), io.color));
      }
      done(EXIT_PROBLEMS);
    });
}
