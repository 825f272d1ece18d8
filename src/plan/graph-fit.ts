// The dependency graph as Mermaid that GitHub will actually draw. GitHub renders Mermaid with
// its default limits, 500 edges and 50,000 characters (mermaid.js.org, config maxEdges and
// maxTextSize); past about 300 modules the full graph exceeds them and the page shows an error
// instead of a picture. Then the picture has one box per wave, with the number of modules in
// it and an arrow wherever a module of one wave depends on a module of another.
import { dependencyEdges, EDGE_DIRECTION_NOTE, renderMermaid, waveLabel } from './graph.js';
import type { DependencyEdge } from './graph.js';
import type { Plan } from './types.js';
import { plural } from '../util/plural.js';

export const MERMAID_MAX_EDGES = 500;
export const MERMAID_MAX_TEXT = 50_000;

export interface FittedMermaid {
  text: string;
  /** Why the graph is drawn by wave, for the reader; absent when every module is drawn. */
  summaryNote?: string;
}

export function renderMermaidThatFits(plan: Plan): FittedMermaid {
  const edges = dependencyEdges(plan);
  const full = edges.length <= MERMAID_MAX_EDGES ? renderMermaid(plan) : undefined;
  if (full !== undefined && full.length <= MERMAID_MAX_TEXT) return { text: full };
  const summaryNote =
    `${plural(plan.modules.length, 'module')} with ${plural(edges.length, 'dependency', 'dependencies')} are more than GitHub draws in one ` +
    `Mermaid picture (${MERMAID_MAX_EDGES} arrows, ${withThousandsSeparators(MERMAID_MAX_TEXT)} characters), so it shows one box per wave. ` +
    '`npx gatehouse graph --format mermaid` (or `--format dot`) prints every module.';
  return { text: renderWaveMermaid(plan, edges), summaryNote };
}

/**
 * A whole number as en-US writes it ("50,000"). Not Number#toLocaleString: its first call
 * loads ICU's number formats, about 12 ms of every generate for one constant.
 */
export function withThousandsSeparators(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** One node per wave, labelled with its module count; an edge where any dependency crosses waves. */
function renderWaveMermaid(plan: Plan, edges: readonly DependencyEdge[]): string {
  const waveOf = new Map(plan.waves.flatMap((names, wave) => names.map((name) => [name, wave] as const)));
  const crossings = new Set(edges.map((e) => `${waveOf.get(e.from) ?? 0} ${waveOf.get(e.to) ?? 0}`));
  const lines = ['flowchart TB', `  %% One box per deployment wave. ${EDGE_DIRECTION_NOTE}`];
  plan.waves.forEach((names, wave) => lines.push(`  wave_${wave}["${waveLabel(wave)}: ${plural(names.length, 'module')}"]`));
  const arrows = [...crossings].map((pair) => pair.split(' ').map(Number) as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [from, to] of arrows) lines.push(`  wave_${from} --> wave_${to}`);
  return lines.join('\n') + '\n';
}
