// Use case shared by every command: read modules.yaml, validate it, build the Model and the Plan.
import { loadSourceFile } from '../config/load.js';
import { loadModulesSchema } from '../config/load-schema.js';
import type { SourceFile } from '../config/load.js';
import { parseConfig } from '../config/parse.js';
import type { ParsedConfig } from '../config/parse.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { buildModel } from '../model/build.js';
import { checkModelRules } from '../model/rules/index.js';
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
  const parsed = parseProject(source, await loadModulesSchema());
  if (parsed.model === undefined) return { diagnostics: parsed.diagnostics, text: source.text };
  return { diagnostics: parsed.diagnostics, model: parsed.model, plan: buildPlan(parsed.model), text: source.text };
}

export interface ParsedProject extends ParsedConfig {
  /** Present only when there are no errors, like `config`. */
  model?: Model;
}

/**
 * modules.yaml text -> config, Model and every diagnostic. The Model is built once, for the rules
 * on merged chart settings, and is the one the commands use: at thousands of modules building it
 * costs as much as parsing the YAML.
 */
export function parseProject(source: SourceFile, schema: object): ParsedProject {
  let model: Model | undefined;
  const parsed = parseConfig(source, schema, (config) => {
    model = buildModel(config);
    return checkModelRules(config, model);
  });
  return parsed.config === undefined || model === undefined ? parsed : { ...parsed, model };
}
