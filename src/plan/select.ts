// Picking parts of the Plan by the names users type on the command line.
import { closestMatch } from '../util/suggest.js';
import type { ModulePlan, Plan } from './types.js';

export type ModuleLookup = { found: ModulePlan } | { found?: undefined; suggestion?: string };

export function findModulePlan(plan: Plan, name: string): ModuleLookup {
  const found = plan.modules.find((m) => m.module.name === name);
  if (found) return { found };
  const suggestion = closestMatch(name, plan.modules.map((m) => m.module.name));
  return suggestion === undefined ? {} : { suggestion };
}
