// Variants of the repository's modules.yaml for the chart tests: the example with some modules
// added or changed, validated and planned like any modules.yaml (so a variant that breaks a rule
// fails loudly instead of testing nothing).
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { parseProject } from '../../src/app/load-project.js';
import { loadModulesSchema } from '../../src/config/load-schema.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { buildPlan } from '../../src/plan/plan.js';
import type { Plan } from '../../src/plan/types.js';
import { DEFAULT_CONFIG } from '../../src/util/paths.js';

export type ConfigData = Record<string, Record<string, unknown>>;

/** modules.yaml of the repository, as plain data to change. */
export function exampleConfig(): ConfigData {
  return parse(readFileSync(DEFAULT_CONFIG, 'utf8')) as ConfigData;
}

/** Validates and plans `config`; returns the diagnostics when it does not load. */
export async function tryPlan(config: ConfigData): Promise<{ plan?: Plan; diagnostics: Diagnostic[] }> {
  const parsed = parseProject({ name: 'variant.yaml', text: stringify(config) }, await loadModulesSchema());
  if (parsed.model === undefined) return { diagnostics: parsed.diagnostics };
  return { plan: buildPlan(parsed.model), diagnostics: parsed.diagnostics };
}

export async function planOf(config: ConfigData): Promise<Plan> {
  const { plan, diagnostics } = await tryPlan(config);
  if (!plan) throw new Error(`variant does not load: ${diagnostics.map((d) => `${d.code} ${d.message}`).join('; ')}`);
  return plan;
}
