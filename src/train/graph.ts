// The dependency graph as the train needs it: over a subset of the modules (the candidates), but
// with dependencies followed through modules outside the subset. If editor depends on catalog and
// catalog on config-service, a train of editor and config-service still deploys config-service
// first, and dropping config-service drops editor.
import type { Module } from '../model/types.js';
import { compareCodeUnits } from '../util/compare.js';

/** Every module each module depends on, directly or transitively. Expects an acyclic graph (validation guarantees it). */
export function dependencyClosure(modules: readonly Module[]): Map<string, Set<string>> {
  const byName = new Map(modules.map((m) => [m.name, m]));
  const closure = new Map<string, Set<string>>();
  const visit = (name: string, path: readonly string[]): Set<string> => {
    const known = closure.get(name);
    if (known) return known;
    if (path.includes(name)) throw new Error(`internal: dependency cycle through ${name}`);
    const all = new Set<string>();
    for (const dependency of byName.get(name)?.dependsOn ?? []) {
      all.add(dependency);
      for (const transitive of visit(dependency, [...path, name])) all.add(transitive);
    }
    closure.set(name, all);
    return all;
  };
  for (const module of modules) visit(module.name, []);
  return closure;
}

/**
 * The deploy waves of `members`, wave 1 first: a module one wave after the latest member it
 * depends on, directly or transitively; each wave sorted by name. Unknown names are a bug upstream.
 */
export function planWaves(closure: ReadonlyMap<string, ReadonlySet<string>>, members: Iterable<string>): string[][] {
  const set = new Set(members);
  const waveOf = new Map<string, number>();
  const visit = (name: string): number => {
    const known = waveOf.get(name);
    if (known !== undefined) return known;
    const dependencies = closure.get(name);
    if (!dependencies) throw new Error(`internal: unknown module ${name}`);
    const wave = 1 + Math.max(0, ...[...dependencies].filter((d) => set.has(d)).map(visit));
    waveOf.set(name, wave);
    return wave;
  };
  const waves: string[][] = [];
  for (const name of set) (waves[visit(name) - 1] ??= []).push(name);
  return waves.map((names) => names.sort(compareCodeUnits));
}

/**
 * The members that depend, directly or transitively, on any of `roots`, each with the roots it
 * depends on; the roots themselves are not included. Sorted by name.
 */
export function dependentsOf(closure: ReadonlyMap<string, ReadonlySet<string>>, members: Iterable<string>, roots: readonly string[]): { name: string; because: string[] }[] {
  const found: { name: string; because: string[] }[] = [];
  for (const name of [...members].sort(compareCodeUnits)) {
    if (roots.includes(name)) continue;
    const dependencies = closure.get(name) ?? new Set<string>();
    const because = roots.filter((root) => dependencies.has(root)).sort(compareCodeUnits);
    if (because.length > 0) found.push({ name, because });
  }
  return found;
}
