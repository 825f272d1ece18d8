// Shared by the Jenkins emitter tests: load a config, emit the Jenkins side of generated/, and
// write it to a temporary directory when a test needs real files (Groovy compile checks).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadProject } from '../../../src/app/load-project.js';
import { emitJenkinsfiles } from '../../../src/emit/jenkinsfile/emit.js';
import { emitJobs } from '../../../src/emit/jobs/emit.js';
import { emitLibrary } from '../../../src/emit/library/emit.js';
import { emitReleasePipeline } from '../../../src/emit/release/emit.js';
import type { FileSet } from '../../../src/emit/types.js';
import { toFileSet } from '../../../src/emit/types.js';
import type { Plan } from '../../../src/plan/types.js';
import { PACKAGE_ROOT } from '../../../src/util/paths.js';

export const SMALL_CONFIG = join(PACKAGE_ROOT, 'test/fixtures/small/modules.yaml');

export async function loadPlan(configPath: string): Promise<Plan> {
  const { plan, diagnostics } = await loadProject(configPath);
  if (!plan) throw new Error(`fixture ${configPath} does not load: ${JSON.stringify(diagnostics)}`);
  return plan;
}

/** The files the Jenkins emitters own (library, Jenkinsfiles, the release train's, seed). */
export function emitJenkinsSide(plan: Plan): FileSet {
  return toFileSet([...emitLibrary(plan), ...emitJenkinsfiles(plan), ...emitReleasePipeline(plan), ...emitJobs(plan)]);
}

export function fileContent(files: FileSet, path: string): string {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no emitted file ${path}`);
  return file.content;
}

export function writeToTempDir(files: FileSet, label: string): string {
  const root = mkdtempSync(join(tmpdir(), `gatehouse-${label}-`));
  for (const file of files) {
    const path = join(root, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content, 'utf8');
  }
  return root;
}
