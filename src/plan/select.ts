// Picking parts of the Plan by the names users type on the command line.
import type { ModulePlan, Plan } from './types.js';

export type ModuleLookup = { found: ModulePlan } | { found?: undefined; suggestion?: string };

export function findModulePlan(plan: Plan, name: string): ModuleLookup {
  const found = plan.modules.find((m) => m.module.name === name);
  if (found) return { found };
  const suggestion = closestName(name, plan.modules.map((m) => m.module.name));
  return suggestion === undefined ? {} : { suggestion };
}

/** The known name nearest to `name`, if it is near enough to be a plausible typo. */
export function closestName(name: string, known: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { name: candidate, distance };
  }
  const limit = Math.max(2, Math.floor(name.length / 3));
  return best && best.distance <= limit ? best.name : undefined;
}

/** Levenshtein distance (insert, delete, substitute each cost 1). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitute));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
