// The pipelines the tests prove: the emitters' output for the repository's modules.yaml, written
// to a temporary directory laid out like generated/. In train mode (modules.yaml's, what generated/
// holds) master builds record candidates and the release train deploys; in continuous mode every
// master build deploys to production itself, after its approvals: both are products we ship.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { loadProject } from '../../src/app/load-project.js';
import { emitAll } from '../../src/emit/index.js';
import type { ReleaseMode } from '../../src/model/types.js';
import { buildPlan } from '../../src/plan/plan.js';
import type { Plan } from '../../src/plan/types.js';
import { DEFAULT_CONFIG } from '../../src/util/paths.js';
import { makeTempDir } from './groovy-process.js';

export interface PipelineTree {
  /** Directory laid out like generated/: library/, modules/<module>/Jenkinsfile, jobs/. */
  root: string;
  plan: Plan;
  /** Modules that have a Jenkinsfile in the tree. */
  modules: string[];
}

const cached = new Map<ReleaseMode, Promise<PipelineTree>>();

export function loadPipelineTree(mode: ReleaseMode = 'train'): Promise<PipelineTree> {
  let tree = cached.get(mode);
  if (!tree) cached.set(mode, (tree = buildTree(mode)));
  return tree;
}

async function buildTree(mode: ReleaseMode): Promise<PipelineTree> {
  const { plan: loaded, diagnostics } = await loadProject(DEFAULT_CONFIG);
  if (!loaded) throw new Error(`modules.yaml does not load: ${JSON.stringify(diagnostics)}`);
  const plan = loaded.model.release.mode === mode ? loaded : buildPlan({ ...loaded.model, release: { ...loaded.model.release, mode } });
  const root = writeEmitted(plan);
  const modulesDir = join(root, 'modules');
  const modules = readdirSync(modulesDir)
    .filter((name) => statSync(join(modulesDir, name, 'Jenkinsfile'), { throwIfNoEntry: false })?.isFile())
    .sort();
  return { root, plan, modules };
}

function writeEmitted(plan: Plan): string {
  const root = makeTempDir('generated');
  for (const file of emitAll(plan)) {
    const target = join(root, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  return root;
}

/** Every Groovy source of a tree: library vars/src, Jenkinsfiles, Job DSL. Paths relative to root. */
export function listGroovyFiles(root: string): string[] {
  return listFiles(root).filter((path) => path.endsWith('.groovy') || basename(path) === 'Jenkinsfile');
}

/** Every file of a tree, relative to root, in a stable order (names sorted per directory). */
export function listFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(root, path));
    }
  };
  walk(root);
  return found;
}
