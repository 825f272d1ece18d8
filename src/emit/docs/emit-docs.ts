// The reviewers' overview, generated/README.md: graph, waves, rollback order, stage matrix and
// module summary, all rendered from the Plan.
import type { Plan } from '../../plan/types.js';
import { renderTemplate } from '../../render/template.js';
import { generatedHeader } from '../header.js';
import type { FileSet } from '../types.js';
import { toFileSet } from '../types.js';
import { buildDocsView } from './view-model.js';

const DOCS_README_PATH = 'README.md';

export function emitDocs(plan: Plan): FileSet {
  const header = generatedHeader('markdown', plan.model.project.configRepository).trimEnd();
  const content = renderTemplate('docs/README.md.hbs', { header, ...buildDocsView(plan) });
  return toFileSet([{ path: DOCS_README_PATH, content }]);
}
