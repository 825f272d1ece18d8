// Loading the Plan for a command, and the two ways that can fail, reported the same everywhere.
import { loadProject } from '../app/load-project.js';
import type { ModulePlan, Plan } from '../plan/types.js';
import { formatDiagnostics } from './format-diagnostics.js';
import type { CliIo } from './io.js';
import { configSource } from './options.js';
import { KnownNames, unknownNameHint } from '../util/suggest.js';

/** The Plan, or undefined after printing every diagnostic (the command then exits 1). */
export async function loadPlanOrReport(io: CliIo, config: string | undefined): Promise<Plan | undefined> {
  const source = configSource(io, config);
  const project = await loadProject(source.path, source.displayName);
  if (project.plan) return project.plan;
  io.err(formatDiagnostics(project.diagnostics, project.text, io.color));
  return undefined;
}

/** The named module's plan, or undefined after printing a did-you-mean (the command exits 1). */
export function findModuleOrReport(io: CliIo, plan: Plan, name: string): ModulePlan | undefined {
  const found = plan.modules.find((m) => m.module.name === name);
  if (found) return found;
  const known = plan.modules.map((m) => m.module.name);
  const hint = unknownNameHint(name, new KnownNames(known), 'known modules');
  io.err(`gatehouse: unknown module ${JSON.stringify(name)}; ${hint}\n`);
  return undefined;
}
