// Emitter: the Jenkins shared library under generated/library/. Generic steps and classes are
// copied from templates/library/static/ (other parts of gatehouse drop theirs there too); the
// project's own settings (registry, credentials ids, Slack, agent images) are rendered through
// the escaping helpers.
import type { Plan } from '../../plan/types.js';
import { readTemplateTree, renderTemplate } from '../../render/template.js';
import type { CommentStyle } from '../header.js';
import { generatedHeader } from '../header.js';
import type { FileSet, GeneratedFile } from '../types.js';
import { toFileSet } from '../types.js';

const COMMENT_STYLES: Record<string, CommentStyle> = { groovy: 'slash', yaml: 'hash' };

/** The header in the file's own comment syntax; none for files without comments (help .txt). */
function withHeader(path: string, content: string, configRepository: string | undefined): string {
  const extension = path.slice(path.lastIndexOf('.') + 1);
  const style = COMMENT_STYLES[extension];
  return style === undefined ? content : generatedHeader(style, configRepository) + content;
}

function staticFiles(configRepository: string | undefined): GeneratedFile[] {
  return readTemplateTree('library/static').map((file) => ({
    path: `library/${file.path}`,
    content: withHeader(file.path, file.content, configRepository),
  }));
}

function renderedFiles(plan: Plan): GeneratedFile[] {
  const { project } = plan.model;
  const settings = {
    name: project.name,
    dockerRegistry: project.dockerHub.registry,
    dockerNamespace: project.dockerHub.namespace,
    dockerCredentialsId: project.dockerHub.credentialsId,
    chartsRepository: project.charts.repository,
    chartsCredentialsId: project.charts.credentialsId,
    slackChannel: project.slack.channel,
    slackCredentialsId: project.slack.credentialsId,
    githubCredentialsId: project.github.credentialsId,
  };
  const rendered: [string, object][] = [
    ['vars/gatehouseProject.groovy', settings],
    // One agent pod per stage group (see vars/gatehousePod.groovy).
    ['resources/gatehouse/pods/build.yaml', { agents: project.agents }],
    ['resources/gatehouse/pods/deploy.yaml', { agents: project.agents }],
  ];
  return rendered.map(([path, view]) => ({
    path: `library/${path}`,
    content: withHeader(path, renderTemplate(`library/${path}.hbs`, view), project.configRepository),
  }));
}

export function emitLibrary(plan: Plan): FileSet {
  return toFileSet([...staticFiles(plan.model.project.configRepository), ...renderedFiles(plan)]);
}
