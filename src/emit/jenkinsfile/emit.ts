// Emitter: one declarative Jenkinsfile per module, at generated/modules/<module>/Jenkinsfile.
import type { ProjectModel } from '../../model/types.js';
import type { ModulePlan, Plan } from '../../plan/types.js';
import { renderTemplate } from '../../render/template.js';
import type { FileSet, GeneratedFile } from '../types.js';
import { moduleDir, toFileSet } from '../types.js';
import { buildJenkinsfileView } from './view.js';

export function emitJenkinsfile(project: ProjectModel, modulePlan: ModulePlan): GeneratedFile {
  return {
    path: `${moduleDir(modulePlan.module.name)}/Jenkinsfile`,
    content: renderTemplate('jenkinsfile/Jenkinsfile.hbs', buildJenkinsfileView(project, modulePlan)),
  };
}

export function emitJenkinsfiles(plan: Plan): FileSet {
  return toFileSet(plan.modules.map((modulePlan) => emitJenkinsfile(plan.model, modulePlan)));
}
