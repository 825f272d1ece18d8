// Dependency cycles: no deployment order exists. Each strongly connected component is one
// cycle report, with a concrete path through it, so a knot of modules is reported once.
import type { Finding } from '../finding.js';
import type { RawConfig } from '../types.js';

type Graph = Map<string, string[]>;

export function checkCycles(config: RawConfig): Finding[] {
  const graph: Graph = new Map(
    Object.keys(config.modules)
      .sort()
      .map((name) => [name, dependenciesOf(config, name)]),
  );
  // Mapping keys keep the file's order, so this is the order a reader meets the modules in.
  const fileOrder = new Map(Object.keys(config.modules).map((name, index) => [name, index]));
  return stronglyConnected(graph)
    .filter((component) => component.length > 1)
    .map((component) => {
      const cycle = startAtFirstInFile(cycleThrough(graph, component), fileOrder);
      const related = cycle.slice(0, -1).map((from, step) => {
        const to = cycle[step + 1] ?? '';
        const index = (config.modules[from]?.dependsOn ?? []).indexOf(to);
        return { path: ['modules', from, 'dependsOn', index], label: `${from} -> ${to}` };
      });
      return {
        code: 'GH301',
        message: `dependency cycle: ${cycle.join(' -> ')}`,
        path: related[related.length - 1]?.path ?? ['modules'],
        target: 'value',
        hint: 'remove one dependency of the cycle; modules in a cycle have no deployment order',
        related,
      };
    });
}

/** [b, c, a, b] -> [a, b, c, a] when a comes first in the file: the cycle as the file tells it. */
function startAtFirstInFile(cycle: string[], fileOrder: ReadonlyMap<string, number>): string[] {
  const members = cycle.slice(0, -1);
  const first = members.reduce((best, name, index) => ((fileOrder.get(name) ?? 0) < (fileOrder.get(members[best] ?? '') ?? 0) ? index : best), 0);
  const rotated = [...members.slice(first), ...members.slice(0, first)];
  return [...rotated, rotated[0] ?? ''];
}

/** Known dependencies other than the module itself (unknown and self ones are other rules). */
function dependenciesOf(config: RawConfig, name: string): string[] {
  return [...new Set(config.modules[name]?.dependsOn ?? [])].filter((d) => d !== name && d in config.modules).sort();
}

/** Tarjan's algorithm; components come out with members sorted, in order of their smallest name. */
function stronglyConnected(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    components.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return components.sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
}

/** A shortest path from the component's first module back to itself, e.g. [a, b, a]. */
function cycleThrough(graph: Graph, component: string[]): string[] {
  const start = component[0] ?? '';
  const inside = new Set(component);
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift() ?? '';
    for (const next of graph.get(node) ?? []) {
      if (!inside.has(next)) continue;
      if (next === start) return [...pathTo(previous, node, start), start];
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

function pathTo(previous: Map<string, string>, node: string, start: string): string[] {
  const path = [node];
  for (let current = node; current !== start; ) {
    current = previous.get(current) ?? start;
    path.unshift(current);
  }
  return path;
}
