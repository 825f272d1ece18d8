// `gatehouse gate`: its name, options and help. runGateCommand in
// src/cli/commands/gate.ts runs it, imported only then (see src/cli/main.ts).
import { Option } from 'commander';
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { CONFIG_OPTION, formatOption } from './flags.js';

export const FORMATS = ['text', 'json', 'markdown'] as const;

export interface GateOptions {
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
    .action(async (options: GateOptions) => (await import('../commands/gate.js')).runGateCommand(io, done, options));
}
