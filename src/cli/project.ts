// Loading the Plan for a command, and the two ways that can fail (invalid modules.yaml, exit 1;
// an unknown --module, exit 2), thrown as CliFailure so main reports them the same everywhere.
import type { ConfigSource, LoadedProject } from '../app/load-project.js';
import { loadProject } from '../app/load-project.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { ModulePlan, Plan } from '../plan/types.js';
import { unknownModule } from '../app/unknown-module.js';
import { CliFailure } from './failure.js';
import type { CliIo } from './io.js';
import { resolveConfig } from './options.js';

export interface LoadedPlan {
  plan: Plan;
  config: ConfigSource;
}

/** The config the flag (or the lookup) names, loaded into a Plan; throws with every diagnostic otherwise. */
export async function loadPlan(io: CliIo, configFlag: string | undefined): Promise<LoadedPlan> {
  const config = await resolveConfig(io, configFlag);
  const project = await loadProject(config.path, config.displayName);
  return { plan: planOrThrow(project, config), config };
}

/** The project's plan, or a CliFailure carrying its diagnostics and the text for code frames. */
export function planOrThrow(project: LoadedProject, config: ConfigSource): Plan {
  if (project.plan && !hasErrors(project.diagnostics)) return project.plan;
  throw new CliFailure(project.diagnostics, { config: config.displayName, text: project.text });
}

/** The named module's plan; an unknown name is GH007 with a did-you-mean. */
export function findModule(plan: Plan, name: string, config: ConfigSource): ModulePlan {
  const found = plan.modules.find((m) => m.module.name === name);
  if (found) return found;
  throw new CliFailure([unknownModule(name, plan.modules.map((m) => m.module.name), config.displayName)], { config: config.displayName });
}
