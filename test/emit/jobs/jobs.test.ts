import { expect } from 'chai';
import { folderPaths, githubWebUrl } from '../../../src/emit/jobs/emit.js';
import type { Plan } from '../../../src/plan/types.js';
import { DEFAULT_CONFIG } from '../../../src/util/paths.js';
import { blocks, child, literalsOf, parseBlocks, statements } from '../jenkinsfile/extract.js';
import type { Block } from '../jenkinsfile/extract.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emitJenkinsSide, fileContent, loadPlan, SMALL_CONFIG } from '../jenkinsfile/support.js';

function descend(block: Block, ...headers: string[]): Block {
  return headers.reduce((b, h) => {
    const next = child(b, h);
    if (!next) throw new Error(`no ${h} in ${b.header}`);
    return next;
  }, block);
}

describe('emit/jobs: Job DSL seed', () => {
  let plan: Plan;
  let seed: Block;
  before(async () => {
    plan = await loadPlan(DEFAULT_CONFIG);
    seed = parseBlocks(fileContent(emitJenkinsSide(plan), 'jobs/seed.groovy'));
  });

  const rowsOf = (tree: Block): string[][] =>
    tree.children.filter((c): c is string => typeof c === 'string' && c.startsWith('[name: ')).map(literalsOf);
  const loopOf = (tree: Block): Block => {
    const loop = blocks(tree).find((b) => b.header === 'for (Map module in modules)');
    if (!loop) throw new Error('no loop over the module table');
    return loop;
  };

  it('creates the folder, then a table with one row per module in module order', () => {
    expect(blocks(seed)[0]?.header).to.equal(`folder('${plan.model.project.jenkins.folder}')`);
    expect(rowsOf(seed)).to.deep.equal(plan.modules.map((m) => [m.module.name, m.module.repository, m.module.description]));
  });

  it('gives every row one multibranch job: GitHub source with a constant unique id, all branches and PR-merge discovery', () => {
    const jobs = blocks(loopOf(seed));
    expect(jobs.map((b) => b.header)).to.deep.equal([`multibranchPipelineJob('${plan.model.project.jenkins.folder}/' + module.name)`]);
    const job = jobs[0]!;
    const github = descend(job, 'branchSources', 'branchSource', 'source', 'github');
    const facts = statements(github);
    // The id is the module name with a constant prefix: unique because module names are.
    expect(facts).to.include("id('gatehouse-' + module.name)");
    expect(new Set(rowsOf(seed).map((row) => row[0])).size).to.equal(plan.modules.length);
    expect(facts).to.include(`repoOwner('${plan.model.project.github.owner}')`);
    expect(facts).to.include('repository(module.repository)');
    expect(facts).to.include(`repositoryUrl('https://github.com/${plan.model.project.github.owner}/' + module.repository)`);
    expect(facts).to.include(`credentialsId('${plan.model.project.github.credentialsId}')`);
    expect(statements(descend(github, 'traits', 'gitHubBranchDiscovery'))).to.deep.equal(['strategyId(3)']);
    expect(statements(descend(github, 'traits', 'gitHubPullRequestDiscovery'))).to.deep.equal(['strategyId(1)']);
    expect(statements(descend(job, 'orphanedItemStrategy', 'discardOldItems'))).to.deep.equal(['daysToKeep(30)']);
    expect(statements(descend(job, 'triggers', 'periodicFolderTrigger'))).to.deep.equal(["interval('1h')"]);
    expect(statements(descend(job, 'factory', 'workflowBranchProjectFactory'))).to.deep.equal(["scriptPath('Jenkinsfile')"]);
  });

  it('derives the web URL from the API URL (github.com and GitHub Enterprise)', () => {
    expect(githubWebUrl('https://api.github.com')).to.equal('https://github.com');
    expect(githubWebUrl('https://api.github.com/')).to.equal('https://github.com');
    expect(githubWebUrl('https://ghe.example.com/api/v3')).to.equal('https://ghe.example.com');
  });

  it('lists the folders of a folder path outermost first', () => {
    expect(folderPaths('shop')).to.deep.equal(['shop']);
    expect(folderPaths('acme/online-product')).to.deep.equal(['acme', 'acme/online-product']);
    expect(folderPaths('a/b/c')).to.deep.equal(['a', 'a/b', 'a/b/c']);
  });

  it('creates each parent of a nested folder first, then the folder, then the jobs inside it', async () => {
    const text = readFileSync(SMALL_CONFIG, 'utf8');
    if (!text.includes('    folder: online-product\n')) throw new Error('the small fixture changed: update this test');
    const path = join(mkdtempSync(join(tmpdir(), 'gatehouse-nested-folder-')), 'modules.yaml');
    writeFileSync(path, text.replace('    folder: online-product\n', '    folder: acme/online-product\n'));
    const nested = await loadPlan(path);
    const tree = parseBlocks(fileContent(emitJenkinsSide(nested), 'jobs/seed.groovy'));
    const folders = blocks(tree).filter((b) => b.header.startsWith('folder('));
    const bareParent = tree.children.find((c) => c === "folder('acme')");
    expect(bareParent, 'the parent folder is created first, bare').to.not.equal(undefined);
    expect(tree.children.indexOf(bareParent!)).to.be.below(tree.children.indexOf(folders[0]!));
    expect(folders.map((b) => b.header)).to.deep.equal(["folder('acme/online-product')"]);
    expect(blocks(loopOf(tree)).map((b) => b.header)).to.deep.equal(["multibranchPipelineJob('acme/online-product/' + module.name)"]);
    expect(rowsOf(tree).map((row) => row[0])).to.deep.equal(nested.modules.map((m) => m.module.name));
    expect(statements(descend(tree, "folder('acme/online-product')"))).to.include("displayName('online-product')");
  });
});
