import type { Command } from 'commander';
import { loadProject } from '../../app/load-project.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import type { CliIo } from '../io.js';
import { EXIT_OK, EXIT_PROBLEMS } from '../io.js';
import { configPath, oneOf } from '../options.js';
import { formatDiagnostics } from '../format-diagnostics.js';

interface ValidateOptions {
  config?: string;
  format: string;
}

export function registerValidate(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('validate')
    .description('check modules.yaml against the schema and the semantic rules; report every problem')
    .option('--config <file>', 'modules.yaml to read (default: the repository\'s)')
    .option('--format <format>', 'text or json', 'text')
    .action(async (options: ValidateOptions) => {
      const format = oneOf('--format', options.format, ['text', 'json'] as const);
      const project = await loadProject(configPath(io, options.config));
      if (format === 'json') io.out(JSON.stringify({ diagnostics: project.diagnostics }, null, 2) + '\n');
      else io.err(formatDiagnostics(project.diagnostics, project.text, io.color));
      if (!hasErrors(project.diagnostics) && format === 'text') io.out(`${options.config ?? 'modules.yaml'}: valid, ${project.model?.modules.length ?? 0} modules\n`);
      done(hasErrors(project.diagnostics) ? EXIT_PROBLEMS : EXIT_OK);
    });
}
