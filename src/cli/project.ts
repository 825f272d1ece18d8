// Loading the Plan for a command, and the two ways that can fail, reported the same everywhere.
import { loadProject } from '../app/load-project.js';
import { findModulePlan } from '../plan/select.js';
import type { ModulePlan, Plan } from '../plan/types.js';
import { formatDiagnostics } from './format-diagnostics.js';
import type { CliIo } from './io.js';
import { configSource } from './options.js';

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
  const lookup = findModulePlan(plan, name);
  if (lookup.found) return lookup.found;
  const known = plan.modules.map((m) => m.module.name).join(', ');
  const hint = lookup.suggestion === undefined ? `known modules: ${known}` : `did you mean "${lookup.suggestion}"?`;
  io.err(`gatehouse: unknown module ${JSON.stringify(name)}; ${hint}\n`);
  return undefined;
}
