import type { Command } from 'commander';
import { generateOutput } from '../../app/generate.js';
import { renderRefusals, renderSummary } from '../../output/render-result.js';
import type { CliIo } from '../io.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from '../io.js';
import { CONFIG_OPTION, configSource } from '../options.js';
import { formatDiagnostics } from '../format-diagnostics.js';
import { OUT_OPTION, outDirOption, outDisplayName, reportingDiskErrors } from './out-dir.js';

interface GenerateOptions {
  config?: string;
  out?: string;
  force?: boolean;
}

export function registerGenerate(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('generate')
    .description('write generated/ from modules.yaml (atomic; never overwrites a hand-edited file without --force)')
    .option(...CONFIG_OPTION)
    .option(...OUT_OPTION)
    .option('--force', 'overwrite hand-edited files and files gatehouse did not write, remove hand-edited orphans')
    .action(async (options: GenerateOptions) => {
      const request = { config: configSource(io, options.config), ...outDirOption(io, options.out), force: options.force === true };
      const result = await reportingDiskErrors(io, generateOutput({ ...request, mode: 'write' }));
      if (result === undefined) return done(EXIT_USAGE);
      if (result.diagnostics.length > 0) io.err(formatDiagnostics(result.diagnostics, result.text, io.color));
      if (result.output === undefined) return done(EXIT_PROBLEMS);
      const outName = outDisplayName(io, result.outDir);
      if (result.output.refusals.length > 0) {
        io.err(renderRefusals(outName, result.output.refusals, true));
        return done(EXIT_PROBLEMS);
      }
      io.out(renderSummary(outName, result.output));
      done(EXIT_OK);
    });
}
