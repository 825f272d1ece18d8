// Use case shared by every command: read modules.yaml, validate it, build the Model and the Plan.
import { loadSourceFile } from '../config/load.js';
import { parseConfig } from '../config/parse.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { buildModel } from '../model/build.js';
import type { Model } from '../model/types.js';
import { buildPlan } from '../plan/plan.js';
import type { Plan } from '../plan/types.js';

export interface LoadedProject {
  diagnostics: Diagnostic[];
  /** Present only when there are no errors. */
  model?: Model;
  plan?: Plan;
  /** The source text, for code frames. */
  text?: string;
}

export async function loadProject(configPath: string): Promise<LoadedProject> {
  const source = await loadSourceFile(configPath);
  if (!('text' in source)) return { diagnostics: [source] };
  const parsed = parseConfig(source);
  if (!parsed.config || hasErrors(parsed.diagnostics)) return { diagnostics: parsed.diagnostics, text: source.text };
  const model = buildModel(parsed.config);
  return { diagnostics: parsed.diagnostics, model, plan: buildPlan(model), text: source.text };
}
