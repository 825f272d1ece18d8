// Two branches that each add a module, merged with real git: after resolving modules.yaml alone,
// generate (without --force) produces exactly what the merged config generates, check passes and
// the merge commits. Once with the .gitattributes generate ships (union for the manifest, no
// line merge for generated files), once without it, as a tree from an older gatehouse or a merge
// tool that ignores attributes leaves it: conflict markers, which are not hand edits.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateOutput } from '../../src/app/generate.js';
import type { GenerateResult } from '../../src/app/generate.js';
import { GITATTRIBUTES_PATH } from '../../src/output/gitattributes.js';
import { SMALL_CONFIG } from '../emit/jenkinsfile/support.js';
import { makeTempDir, readTree, removeTempDirs } from '../output/temp-dir.js';

function git(repo: string, ...args: string[]): { status: number | null; out: string } {
  const run = spawnSync('git', ['-c', 'user.name=gatehouse test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr };
}

function generate(repo: string, mode: 'write' | 'check' = 'write'): Promise<GenerateResult> {
  return generateOutput({ config: { path: join(repo, 'modules.yaml'), displayName: 'modules.yaml' }, outDir: join(repo, 'generated'), mode });
}

function moduleYaml(name: string, dependsOn: string): string {
  return `\n  ${name}:\n    description: The ${name} service.\n    repository: ${name}\n    version: 1.0.0\n    lead: neha.kapoor\n    dependsOn: [${dependsOn}]\n`;
}

/** Commits generate's output on a branch; without attributes, as an older gatehouse left the tree. */
async function commitGenerated(repo: string, message: string, attributes: boolean): Promise<void> {
  expect((await generate(repo)).output?.refusals).to.deep.equal([]);
  if (!attributes) await rm(join(repo, 'generated', GITATTRIBUTES_PATH));
  expect(git(repo, 'add', '-A').status).to.equal(0);
  expect(git(repo, 'commit', '-q', '-m', message).status).to.equal(0);
}

async function mergeTwoModuleBranches(attributes: boolean): Promise<{ repo: string; merge: string; result: GenerateResult }> {
  const repo = await makeTempDir();
  expect(git(repo, 'init', '-q', '-b', 'main').status).to.equal(0);
  const base = await readFile(SMALL_CONFIG, 'utf8');
  await writeFile(join(repo, 'modules.yaml'), base);
  await commitGenerated(repo, 'base', attributes);
  for (const [branch, name, dependsOn] of [['add-billing', 'billing', 'config-service'], ['add-search', 'search', 'auth']] as const) {
    expect(git(repo, 'checkout', '-q', '-b', branch, 'main').status).to.equal(0);
    await writeFile(join(repo, 'modules.yaml'), base + moduleYaml(name, dependsOn));
    await commitGenerated(repo, `add ${name}`, attributes);
  }
  expect(git(repo, 'checkout', '-q', 'add-billing').status).to.equal(0);
  const merge = git(repo, 'merge', 'add-search');
  expect(merge.status, merge.out).to.equal(1);
  await writeFile(join(repo, 'modules.yaml'), base + moduleYaml('billing', 'config-service') + moduleYaml('search', 'auth'));
  const result = await generate(repo);
  return { repo, merge: merge.out, result };
}

async function expectMergeCompletes(repo: string, result: GenerateResult): Promise<void> {
  expect(result.output?.refusals).to.deep.equal([]);
  expect((await generate(repo, 'check')).output?.report?.files).to.deep.equal([]);
  const fresh = join(await makeTempDir(), 'fresh');
  await generateOutput({ config: { path: join(repo, 'modules.yaml'), displayName: 'modules.yaml' }, outDir: fresh, mode: 'write' });
  expect(await readTree(join(repo, 'generated'))).to.deep.equal(await readTree(fresh));
  expect(git(repo, 'add', '-A').status).to.equal(0);
  const commit = git(repo, 'commit', '-q', '--no-edit');
  expect(commit.status, commit.out).to.equal(0);
}

describe('app: merging two branches that each add a module (real git)', () => {
  after(removeTempDirs);

  it('with the shipped .gitattributes: the manifest merges, generated files keep our side, and generate without --force resolves them', async function () {
    this.timeout(120_000);
    const { repo, merge, result } = await mergeTwoModuleBranches(true);
    expect(merge).to.include('CONFLICT (content): Merge conflict in modules.yaml');
    expect(merge, 'the manifest merges by union').not.to.match(/conflict in generated\/\.gatehouse-manifest\.json/i);
    expect(merge).to.include('CONFLICT (content): Merge conflict in generated/README.md');
    expect(await readFile(join(repo, 'generated/README.md'), 'utf8'), 'a generated file is never blended').not.to.include('<<<<<<<');
    expect(result.output?.conflicted).to.deep.equal([]);
    expect(result.output?.written).to.include('README.md');
    await expectMergeCompletes(repo, result);
  });

  it('without attributes: files and manifest with conflict markers are regenerated without --force, and the summary says so', async function () {
    this.timeout(120_000);
    const { repo, merge, result } = await mergeTwoModuleBranches(false);
    expect(merge).to.include('Merge conflict in generated/.gatehouse-manifest.json');
    expect(result.output?.conflicted).to.include('.gatehouse-manifest.json');
    expect(result.output?.conflicted).to.include('README.md');
    await expectMergeCompletes(repo, result);
  });
});
