import { Option } from 'commander';
import type { Command } from 'commander';
import { runGate } from '../../app/gate.js';
import { buildGateJson } from '../../gate/render-json.js';
import { renderGateMarkdown } from '../../gate/render-markdown.js';
import { renderGateText } from '../../gate/render-text.js';
import { CHANNELS } from '../../model/types.js';
import type { CliIo } from '../io.js';
import { EXIT_OK, EXIT_PROBLEMS, UsageError } from '../io.js';
import { CONFIG_OPTION, formatOption, oneOf, resolveConfig } from '../options.js';
import { CliFailure } from '../failure.js';
import { printJson } from '../json-output.js';
import { printableBlock } from '../../util/printable.js';

const FORMATS = ['text', 'json', 'markdown'] as const;

interface GateOptions {
  module: string;
  junit: string[];
  integration?: string[];
  coverage: string;
  scan: string;
  config?: string;
  format: string;
  require: string;
  today?: string;
}

export function registerGate(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('gate')
    .description('classify a build as stable, beta, alpha or rejected from its test, coverage and scan reports')
    .requiredOption('--module <name>', 'module in modules.yaml whose thresholds apply')
    .requiredOption('--junit <glob...>', 'JUnit XML reports of the unit tests (repeatable)')
    .requiredOption('--coverage <file>', 'coverage report: Cobertura XML, JaCoCo XML or LCOV')
    .requiredOption('--scan <file>', 'Trivy JSON report of the image')
    .option('--integration <glob...>', 'JUnit XML reports of the integration tests (repeatable)')
    .option(...CONFIG_OPTION)
    .option(...formatOption(FORMATS))
    .option('--require <channel>', 'channel the build must reach for exit 0: alpha, beta or stable', 'alpha')
    .addOption(new Option('--today <yyyy-mm-dd>', 'judge allow-list expiry as of this UTC date').hideHelp())
    .action(async (options: GateOptions) => {
      const format = oneOf('--format', options.format, FORMATS);
      const required = oneOf('--require', options.require, CHANNELS);
      const config = await resolveConfig(io, options.config);
      const outcome = await runGate({
        config,
        module: options.module,
        junit: options.junit,
        integration: options.integration ?? [],
        coverage: options.coverage,
        scan: options.scan,
        required,
        today: parseToday(options.today),
        cwd: io.cwd,
      });
      // Nothing is classified: exit 1 for problems in modules.yaml or in a report's content, 2 for
      // an unknown module or a report that cannot be found or read (src/cli/exit-code.ts).
      if ('diagnostics' in outcome) throw new CliFailure(outcome.diagnostics, { config: config.displayName, text: outcome.configText });
      const { result } = outcome;
      if (format === 'json') printJson(io, buildGateJson(result));
      else io.out(printableBlock(format === 'markdown' ? renderGateMarkdown(result) : renderGateText(result)));
      done(result.passed ? EXIT_OK : EXIT_PROBLEMS);
    });
}

function parseToday(value: string | undefined): string {
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!valid) throw new UsageError(`--today must be a date YYYY-MM-DD (got "${value}")`);
  return value;
}
