// Every emitter, in two kinds: project-wide ones (Plan -> FileSet, emitted on every run) and
// per-module ones, which read only the module's plan and the model without its modules, so a
// module whose inputs did not change can be skipped as a unit.
import type { Module, ProjectModel } from '../model/types.js';
import { modulePlanner } from '../plan/plan.js';
import type { ModulePlanner } from '../plan/plan.js';
import type { Plan } from '../plan/types.js';
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
 * Everything under modules/<module>/: a pure function of exactly the project model, the module
 * and its wave (its plan is planned from them alone, by a planner made for the project model),
 * which is what makes their digest a safe key to skip on.
 */
function emitModuleFiles(project: ProjectModel, planModule: ModulePlanner, module: Module, wave: number): GeneratedFile[] {
  const modulePlan = planModule(module, wave);
  return [emitJenkinsfile(project, modulePlan), ...emitModuleChart(project, modulePlan)];
}

function projectModel({ modules: _modules, ...project }: Plan['model']): ProjectModel {
  return project;
}

/** The project-wide unit first, then one unit per module with the digest of its arguments. */
export function emitUnits(plan: Plan, extraProjectFiles: readonly GeneratedFile[] = []): EmitUnit[] {
  const project = projectModel(plan.model);
  const projectKey = canonicalDigest(project);
  const planModule = modulePlanner(project);
  return [
    { dir: '', emit: () => [...PROJECT_EMITTERS.flatMap((emit) => emit(plan)), ...extraProjectFiles] },
    ...plan.modules.map(({ module, wave }) => moduleUnit(project, projectKey, planModule, module, wave)),
  ];
}

/**
 * Made outside emitUnits so that its `emit` closure holds the module, the project model and their
 * planner only: a closure made inside would hold emitUnits' variables too, the whole Plan among
 * them (every module's planned builds, which no module's emit reads, kept alive while every
 * module is written).
 */
function moduleUnit(project: ProjectModel, projectKey: string, planModule: ModulePlanner, module: Module, wave: number): EmitUnit {
  return { dir: moduleDir(module.name), inputKey: canonicalDigest([projectKey, module, wave]), emit: () => emitModuleFiles(project, planModule, module, wave) };
}

export function emitAll(plan: Plan): FileSet {
  return toFileSet(emitUnits(plan).flatMap((unit) => unit.emit()));
}
