import type { Command } from 'commander';
import { dependencyEdges, EDGE_DIRECTION_NOTE, renderDot, renderMermaid } from '../../plan/graph.js';
import type { Plan } from '../../plan/types.js';
import type { CliIo } from '../io.js';
import { EXIT_OK } from '../io.js';
import { CONFIG_OPTION, formatOption, oneOf } from '../options.js';
import { loadPlan } from '../project.js';
import { printJson } from '../json-output.js';

const FORMATS = ['mermaid', 'dot', 'json'] as const;

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
      const { plan, config } = await loadPlan(io, options.config);
      if (format === 'json') printJson(io, graphJson(plan, config.displayName));
      else io.out(format === 'dot' ? renderDot(plan) : renderMermaid(plan));
      done(EXIT_OK);
    });
}

/** The graph as data: the waves in deploy order and every edge, dependency first. */
function graphJson(plan: Plan, config: string) {
  return { config, note: EDGE_DIRECTION_NOTE, waves: plan.waves, edges: dependencyEdges(plan) };
}
