// Emitter: the Job DSL seed script, generated/jobs/seed.groovy: the project's folder (after its
// parent folders, when it is nested), a table of the modules, and the one multibranch pipeline
// job (GitHub branch source) that every row of the table gets.
import type { Module } from '../../model/types.js';
import type { Plan } from '../../plan/types.js';
import { groovyString } from '../../render/escape.js';
import { renderTemplate } from '../../render/template.js';
import { generatedHeader } from '../header.js';
import { RELEASE_JENKINSFILE } from '../release/emit.js';
import type { FileSet } from '../types.js';
import { toFileSet } from '../types.js';

/** Branch jobs of deleted branches and closed PRs are kept this long, for the record. */
const ORPHAN_DAYS_TO_KEEP = 30;

/** The web URL that goes with a GitHub API URL (github.com, or GitHub Enterprise's /api/v3). */
export function githubWebUrl(apiUrl: string): string {
  const trimmed = apiUrl.replace(/\/+$/, '');
  if (trimmed === 'https://api.github.com') return 'https://github.com';
  return trimmed.replace(/\/api\/v3$/, '');
}

function jobView(module: Module) {
  return {
    nameGroovy: groovyString(module.name),
    descriptionGroovy: groovyString(module.description),
    repositoryGroovy: groovyString(module.repository),
  };
}

/**
 * The folders of a folder path, outermost first: `acme/online-product` is `acme`, then
 * `acme/online-product` (Job DSL creates an item only inside a folder that exists).
 */
export function folderPaths(folder: string): string[] {
  const segments = folder.split('/');
  return segments.map((_, i) => segments.slice(0, i + 1).join('/'));
}

/**
 * The release train's pipeline job (train mode): generated/release/Jenkinsfile from the config
 * repository, which holds modules.yaml too. Without project.configRepository there is no
 * repository to read it from, and the seed says so instead.
 */
function releaseJobView(plan: Plan) {
  const { project, release } = plan.model;
  if (release.mode !== 'train') return undefined;
  if (project.configRepository === undefined) return { missing: true };
  return {
    missing: false,
    nameGroovy: groovyString(`${project.jenkins.folder}/release`),
    urlGroovy: groovyString(`${githubWebUrl(project.github.apiUrl)}/${project.configRepository}.git`),
    credentialsIdGroovy: groovyString(project.github.credentialsId),
    branchGroovy: groovyString(project.configBranch),
    scriptPathGroovy: groovyString(`generated/${RELEASE_JENKINSFILE}`),
  };
}

export function emitJobs(plan: Plan): FileSet {
  const { project } = plan.model;
  const folders = folderPaths(project.jenkins.folder);
  const view = {
    headerText: generatedHeader('slash', project.configRepository),
    parentFoldersGroovy: folders.slice(0, -1).map(groovyString),
    folderGroovy: groovyString(project.jenkins.folder),
    jobPathPrefixGroovy: groovyString(`${project.jenkins.folder}/`),
    folderNameGroovy: groovyString(project.jenkins.folder.split('/').at(-1) ?? project.jenkins.folder),
    descriptionGroovy: groovyString(project.description),
    apiUriGroovy: groovyString(project.github.apiUrl),
    credentialsIdGroovy: groovyString(project.github.credentialsId),
    ownerGroovy: groovyString(project.github.owner),
    repositoryUrlPrefixGroovy: groovyString(`${githubWebUrl(project.github.apiUrl)}/${project.github.owner}/`),
    orphanDaysNumber: ORPHAN_DAYS_TO_KEEP,
    jobs: plan.modules.map((m) => jobView(m.module)),
    release: releaseJobView(plan),
  };
  return toFileSet([{ path: 'jobs/seed.groovy', content: renderTemplate('jobs/seed.groovy.hbs', view) }]);
}
