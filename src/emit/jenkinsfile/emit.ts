// Emitter: one declarative Jenkinsfile per module, at generated/modules/<module>/Jenkinsfile.
import type { Plan } from '../../plan/types.js';
import { renderTemplate } from '../../render/template.js';
import type { FileSet } from '../types.js';
import { toFileSet } from '../types.js';
import { buildJenkinsfileView } from './view.js';

export function emitJenkinsfiles(plan: Plan): FileSet {
  return toFileSet(
    plan.modules.map((modulePlan) => ({
      path: `modules/${modulePlan.module.name}/Jenkinsfile`,
      content: renderTemplate('jenkinsfile/Jenkinsfile.hbs', buildJenkinsfileView(plan.model, modulePlan)),
    })),
  );
}
