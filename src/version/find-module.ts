// Looks a module up by name and, when it is unknown, suggests the closest known name. Pure.
import type { Module } from '../model/types.js';

export type ModuleLookup = { module: Module } | { unknown: string; suggestion?: string; known: string[] };

export function findModule(modules: readonly Module[], name: string): ModuleLookup {
  const module = modules.find((m) => m.name === name);
  if (module) return { module };
  const known = modules.map((m) => m.name);
  const suggestion = closestName(name, known);
  return suggestion === undefined ? { unknown: name, known } : { unknown: name, suggestion, known };
}

/** The known name within a third of the name's length in edits (at least 2), if any. */
export function closestName(name: string, known: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (!best || distance < best.distance) best = { name: candidate, distance };
  }
  const allowed = Math.max(2, Math.floor(name.length / 3));
  return best && best.distance <= allowed ? best.name : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
