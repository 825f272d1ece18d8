import type { Command } from 'commander';
import { plural } from '../../util/plural.js';
import { loadProject } from '../../app/load-project.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import type { CliIo } from '../io.js';
import { EXIT_OK, EXIT_PROBLEMS } from '../io.js';
import { CONFIG_OPTION, formatOption, configSource, oneOf } from '../options.js';
import { formatDiagnostics, summarizeDiagnostics } from '../format-diagnostics.js';

const FORMATS = ['text', 'json'] as const;

interface ValidateOptions {
  config?: string;
  format: string;
}

export function registerValidate(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('validate')
    .description('check modules.yaml against the schema and the semantic rules; report every problem')
    .option(...CONFIG_OPTION)
    .option(...formatOption(FORMATS))
    .action(async (options: ValidateOptions) => {
      const format = oneOf('--format', options.format, FORMATS);
      const config = configSource(io, options.config);
      const name = config.displayName;
      const project = await loadProject(config.path, name);
      const failed = hasErrors(project.diagnostics);
      if (format === 'json') {
        io.out(JSON.stringify({ file: name, valid: !failed, diagnostics: project.diagnostics }, null, 2) + '\n');
      } else if (failed) {
        io.err(formatDiagnostics(project.diagnostics, project.text, io.color));
        io.err(`${name}: ${summarizeDiagnostics(project.diagnostics)}\n`);
      } else {
        io.err(formatDiagnostics(project.diagnostics, project.text, io.color));
        io.out(`${name}: valid, ${plural(project.model?.modules.length ?? 0, 'module')}${project.diagnostics.length > 0 ? ` (${summarizeDiagnostics(project.diagnostics)})` : ''}\n`);
      }
      done(failed ? EXIT_PROBLEMS : EXIT_OK);
    });
}
