// Every emitter, in two kinds: project-wide ones (Plan -> FileSet, emitted on every run) and
// per-module ones, which read only the module's plan and the model without its modules, so a
// module whose inputs did not change can be skipped as a unit.
import type { ProjectModel } from '../model/types.js';
import type { ModulePlan, Plan } from '../plan/types.js';
import { canonicalDigest } from '../util/canonical-digest.js';
import { emitModuleChart } from './chart/emit.js';
import { emitDocs } from './docs/emit-docs.js';
import { emitJenkinsfile } from './jenkinsfile/emit.js';
import { emitJobs } from './jobs/emit.js';
import { emitLibrary } from './library/emit.js';
import { emitReleasePipeline } from './release/emit.js';
import type { EmitUnit, FileSet, GeneratedFile } from './types.js';
import { moduleDir, toFileSet } from './types.js';

const PROJECT_EMITTERS: readonly ((plan: Plan) => FileSet)[] = [emitDocs, emitLibrary, emitReleasePipeline, emitJobs];

/**
 * Everything under modules/<module>/: a pure function of the project and the module's plan, which
 * buildPlan made with planModule from the project, the module and its wave alone (the plan of a
 * module reads no other module), so the digest of those three is a safe key to skip on.
 */
function emitModuleFiles(project: ProjectModel, modulePlan: ModulePlan): GeneratedFile[] {
  return [emitJenkinsfile(project, modulePlan), ...emitModuleChart(project, modulePlan)];
}

function projectModel({ modules: _modules, ...project }: Plan['model']): ProjectModel {
  return project;
}

/** The project-wide unit first, then one unit per module with the digest of its arguments. */
export function emitUnits(plan: Plan, extraProjectFiles: readonly GeneratedFile[] = []): EmitUnit[] {
  const project = projectModel(plan.model);
  const projectKey = canonicalDigest(project);
  return [
    { dir: '', emit: () => [...PROJECT_EMITTERS.flatMap((emit) => emit(plan)), ...extraProjectFiles] },
    ...plan.modules.map((modulePlan) => ({
      dir: moduleDir(modulePlan.module.name),
      inputKey: canonicalDigest([projectKey, modulePlan.module, modulePlan.wave]),
      emit: () => emitModuleFiles(project, modulePlan),
    })),
  ];
}

export function emitAll(plan: Plan): FileSet {
  return toFileSet(emitUnits(plan).flatMap((unit) => unit.emit()));
}
