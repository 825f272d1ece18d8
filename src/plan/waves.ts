// Deployment waves: a module deploys one wave after the latest of its dependencies.
import type { Module } from '../model/types.js';

/**
 * Wave number per module name. Expects an acyclic graph whose dependencies all exist
 * (validation guarantees both); throws otherwise, since that would be a bug upstream.
 */
export function computeWaveNumbers(modules: readonly Module[]): Map<string, number> {
  const byName = new Map(modules.map((m) => [m.name, m]));
  const waves = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (name: string): number => {
    const known = waves.get(name);
    if (known !== undefined) return known;
    const module = byName.get(name);
    if (!module) throw new Error(`internal: unknown dependency ${name}`);
    if (visiting.has(name)) throw new Error(`internal: dependency cycle through ${name}`);
    visiting.add(name);
    const wave = Math.max(-1, ...module.dependsOn.map(visit)) + 1;
    visiting.delete(name);
    waves.set(name, wave);
    return wave;
  };
  modules.forEach((m) => visit(m.name));
  return waves;
}

/** Module names grouped by wave, each wave sorted by name. */
export function groupWaves(waveNumbers: ReadonlyMap<string, number>): string[][] {
  const waves: string[][] = [];
  for (const [name, wave] of waveNumbers) (waves[wave] ??= []).push(name);
  return waves.map((names) => [...names].sort());
}
