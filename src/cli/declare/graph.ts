// `gatehouse graph`: its name, options and help. runGraph in
// src/cli/commands/graph.ts runs it, imported only then (see src/cli/main.ts).
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { CONFIG_OPTION, formatOption } from './flags.js';

export const FORMATS = ['mermaid', 'dot', 'json'] as const;

export interface GraphOptions {
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
    .action(async (options: GraphOptions) => (await import('../commands/graph.js')).runGraph(io, done, options));
}
