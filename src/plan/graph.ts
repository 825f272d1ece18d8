// The module dependency graph as data and as Mermaid or Graphviz DOT text, grouped by wave.
// Edges point from a dependency to the module that depends on it: the direction deploys run in.
import type { Plan } from './types.js';
import { compareCodeUnits } from '../util/compare.js';

export interface DependencyEdge {
  /** The module depended on; it deploys first. */
  from: string;
  /** The module that depends on `from`. */
  to: string;
}

export const EDGE_DIRECTION_NOTE = 'Edges point from a dependency to the module that depends on it (the order deploys run in).';

/** Every dependency edge, sorted by `from` then `to` (code-unit order). */
export function dependencyEdges(plan: Plan): DependencyEdge[] {
  const edges = plan.modules.flatMap(({ module }) => module.dependsOn.map((from) => ({ from, to: module.name })));
  return edges.sort((a, b) => compareCodeUnits(a.from, b.from) || compareCodeUnits(a.to, b.to));
}

export function renderMermaid(plan: Plan): string {
  const lines = ['flowchart LR', `  %% ${EDGE_DIRECTION_NOTE}`];
  plan.waves.forEach((names, wave) => {
    lines.push(`  subgraph wave_${wave} ["${mermaidText(waveLabel(wave))}"]`);
    for (const name of names) lines.push(`    ${mermaidId(name)}["${mermaidText(name)}"]`);
    lines.push('  end');
  });
  for (const edge of dependencyEdges(plan)) lines.push(`  ${mermaidId(edge.from)} --> ${mermaidId(edge.to)}`);
  return lines.join('\n') + '\n';
}

export function renderDot(plan: Plan): string {
  const lines = [`// ${EDGE_DIRECTION_NOTE}`, 'digraph dependencies {', '  rankdir=LR;', '  node [shape=box];'];
  plan.waves.forEach((names, wave) => {
    lines.push(`  subgraph cluster_wave_${wave} {`, `    label=${dotString(waveLabel(wave))};`);
    for (const name of names) lines.push(`    ${dotString(name)};`);
    lines.push('  }');
  });
  for (const edge of dependencyEdges(plan)) lines.push(`  ${dotString(edge.from)} -> ${dotString(edge.to)};`);
  lines.push('}');
  return lines.join('\n') + '\n';
}

export function waveLabel(wave: number): string {
  return wave === 0 ? 'Wave 0 (no dependencies)' : `Wave ${wave}`;
}

/**
 * A Mermaid node id that is stable per name and can never be a keyword (`end`, `graph`) or contain
 * arrow syntax (`--`): `m_` plus the name with every character but [A-Za-z0-9] as `_<hex>_`.
 */
export function mermaidId(name: string): string {
  return 'm_' + name.replace(/[^A-Za-z0-9]/g, (c) => `_${c.charCodeAt(0).toString(16)}_`);
}

/** Text inside a quoted Mermaid label: anything but plain characters becomes an entity code `#NN;`. */
export function mermaidText(text: string): string {
  return text.replace(/[^A-Za-z0-9 ._()-]/g, (c) => `#${c.charCodeAt(0)};`);
}

/** A DOT double-quoted string: `"` and `\` escaped, line breaks as `\n`. */
export function dotString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n|\r/g, '\\n')}"`;
}
