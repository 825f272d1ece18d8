// Use case shared by every command: read modules.yaml, validate it, build the Model and the Plan.
import { loadModulesSchema, loadSourceFile } from '../config/load.js';
import type { SourceFile } from '../config/load.js';
import { parseConfig } from '../config/parse.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
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

/** Where modules.yaml is, and what diagnostics call it (the name the user typed). */
export interface ConfigSource {
  path: string;
  displayName: string;
}

/** `displayName` is what diagnostics call the file (default: the path as given). */
export async function loadProject(configPath: string, displayName: string = configPath): Promise<LoadedProject> {
  const source = await loadSourceFile(configPath, displayName);
  if (!('text' in source)) return { diagnostics: [source] };
  return projectFromSource(source);
}

/** The project from modules.yaml text read elsewhere (e.g. from a git revision). */
export async function projectFromSource(source: SourceFile): Promise<LoadedProject> {
  const parsed = parseConfig(source, await loadModulesSchema());
  if (parsed.config === undefined) return { diagnostics: parsed.diagnostics, text: source.text };
  const model = buildModel(parsed.config);
  return { diagnostics: parsed.diagnostics, model, plan: buildPlan(model), text: source.text };
}
