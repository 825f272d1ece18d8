import { dependencyEdges, EDGE_DIRECTION_NOTE, renderDot, renderMermaid } from '../../plan/graph.js';
import type { Plan } from '../../plan/types.js';
import type { CliIo } from '../io.js';
import { EXIT_OK } from '../io.js';
import { oneOf } from '../options.js';
import { loadPlan } from '../project.js';
import { printJson } from '../json-output.js';
import { FORMATS } from '../declare/graph.js';
import type { GraphOptions } from '../declare/graph.js';

/** `gatehouse graph`, declared in ../declare/graph.ts. */
export async function runGraph(io: CliIo, done: (code: number) => void, options: GraphOptions): Promise<void> {
  const format = oneOf('--format', options.format, FORMATS);
  const { plan, config } = await loadPlan(io, options.config);
  if (format === 'json') printJson(io, graphJson(plan, config.displayName));
  else io.out(format === 'dot' ? renderDot(plan) : renderMermaid(plan));
  done(EXIT_OK);
}

/** The graph as data: the waves in deploy order and every edge, dependency first. */
function graphJson(plan: Plan, config: string) {
  return { config, note: EDGE_DIRECTION_NOTE, waves: plan.waves, edges: dependencyEdges(plan) };
}
