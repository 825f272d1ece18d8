import { expect } from 'chai';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { loadProject } from '../../src/app/load-project.js';
import { emitAll } from '../../src/emit/index.js';
import type { FileSet } from '../../src/emit/types.js';
import { toFileSet } from '../../src/emit/types.js';
import type { Plan } from '../../src/plan/types.js';
import { DEFAULT_CONFIG } from '../../src/util/paths.js';
import { makeTempDir, removeTempDirs } from '../output/temp-dir.js';
import { compareModuleChange } from './module-isolation.js';

/** The repository's modules.yaml and a copy with one module's patch version bumped, as Plans. */
async function plansWithBumpedVersion(moduleName: string): Promise<[Plan, Plan]> {
  const text = await readFile(DEFAULT_CONFIG, 'utf8');
  const document = parseDocument(text);
  const version = String(document.getIn(['modules', moduleName, 'version']));
  const [major, minor, patch] = version.split('.').map(Number);
  document.setIn(['modules', moduleName, 'version'], `${major}.${minor}.${(patch ?? 0) + 1}`);
  const copy = join(await makeTempDir(), 'modules.yaml');
  await writeFile(copy, document.toString());
  const [before, after] = [await loadProject(DEFAULT_CONFIG), await loadProject(copy)];
  if (!before.plan || !after.plan) throw new Error(`modules.yaml did not load: ${JSON.stringify(after.diagnostics)}`);
  expect(after.plan.modules.find((m) => m.module.name === moduleName)?.module.version).not.to.equal(version);
  return [before.plan, after.plan];
}

/** A well-behaved emitter: per-module files, plus an overview that names each module on its line. */
function emitTidy(plan: Plan): FileSet {
  return toFileSet([
    ...plan.modules.map((m) => ({ path: `modules/${m.module.name}/version.txt`, content: `${m.module.version}\n` })),
    { path: 'README.md', content: plan.modules.map((m) => `- ${m.module.name}: ${m.module.version}\n`).join('') },
  ]);
}

/** A leaky emitter: a shared file whose changed line does not say which module it is about. */
function emitLeaky(plan: Plan): FileSet {
  const versions = plan.modules.map((m) => m.module.version).join(',');
  return toFileSet([...emitTidy(plan), { path: 'jobs/seed.groovy', content: `// seed\n// versions: ${versions}\n` }]);
}

describe('app: changing one module changes only that module\'s files', () => {
  afterEach(removeTempDirs);

  it('accepts per-module files and overview lines that name the module (fake emitter)', async () => {
    const [before, after] = await plansWithBumpedVersion('auth');
    const comparison = compareModuleChange(emitTidy(before), emitTidy(after), 'auth');
    expect(comparison.changedFiles).to.deep.equal(['README.md', 'modules/auth/version.txt']);
    expect(comparison.violations).to.deep.equal([]);
  });

  it('catches a shared line that changes without naming the module (fake emitter)', async () => {
    const [before, after] = await plansWithBumpedVersion('auth');
    const comparison = compareModuleChange(emitLeaky(before), emitLeaky(after), 'auth');
    expect(comparison.violations).to.have.length(2);
    expect(comparison.violations[0]).to.match(/^jobs\/seed\.groovy: changed line does not name auth: -\/\/ versions: /);
  });

  it('catches another module\'s file changing, and a file appearing outside the module', () => {
    const before = toFileSet([{ path: 'modules/catalog/Chart.yaml', content: 'a\n' }]);
    const after = toFileSet([{ path: 'modules/catalog/Chart.yaml', content: 'b\n' }, { path: 'modules/oauth/x', content: 'auth\n' }]);
    expect(compareModuleChange(before, after, 'auth').violations).to.deep.equal([
      'modules/catalog/Chart.yaml: changed line does not name auth: -a',
      'modules/catalog/Chart.yaml: changed line does not name auth: +b',
      'modules/oauth/x: added, but its path does not name auth',
    ]);
  });

  it('holds for every module with the registered emitters (emitAll)', async () => {
    const names = (await loadProject(DEFAULT_CONFIG)).plan?.modules.map((m) => m.module.name) ?? [];
    expect(names).not.to.be.empty;
    for (const name of names) {
      const [before, after] = await plansWithBumpedVersion(name);
      const [old, next] = [emitAll(before), emitAll(after)];
      const comparison = compareModuleChange(old, next, name);
      expect(comparison.violations, `bumping ${name}`).to.deep.equal([]);
      // Once emitters are registered the comparison must have looked at their files.
      expect(comparison.compared).to.equal(new Set([...old, ...next].map((f) => f.path)).size);
      if (old.length > 0) expect(comparison.compared).to.be.greaterThan(0);
    }
  });
});
