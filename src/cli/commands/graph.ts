import type { Command } from 'commander';
import { renderDot, renderMermaid } from '../../plan/graph.js';
import type { CliIo } from '../io.js';
import { EXIT_OK, EXIT_PROBLEMS } from '../io.js';
import { CONFIG_OPTION, formatOption, oneOf } from '../options.js';
import { loadPlanOrReport } from '../project.js';

const FORMATS = ['mermaid', 'dot'] as const;

interface GraphOptions {
  config?: string;
  format: string;
}

export function registerGraph(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('graph')
    .description('print the module dependency graph, grouped by deployment wave')
    .option(...CONFIG_OPTION)
    .option(...formatOption(FORMATS))
    .addHelpText('after', '\nEdges point from a dependency to the module that depends on it.\nExample: gatehouse graph --format dot | dot -Tsvg > graph.svg\n')
    .action(async (options: GraphOptions) => {
      const format = oneOf('--format', options.format, FORMATS);
      const plan = await loadPlanOrReport(io, options.config);
      if (!plan) return done(EXIT_PROBLEMS);
      io.out(format === 'dot' ? renderDot(plan) : renderMermaid(plan));
      done(EXIT_OK);
    });
}
