import { expect } from 'chai';
import { cpSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintCacheKey, lintTree } from '../harness/groovy-lint.js';
import type { LintFinding } from '../harness/groovy-lint.js';
import { makeTempDir } from '../harness/groovy-process.js';
import { loadPipelineTree } from '../harness/pipeline-source.js';
import { PACKAGE_ROOT } from '../../src/util/paths.js';
import { SLOW_TEST_TIMEOUT_MS } from '../harness/timeouts.js';

const describeFinding = (f: LintFinding): string => `${f.file}:${f.line ?? '?'} ${f.severity} ${f.rule}: ${f.message}`;
const CONFIG = join(PACKAGE_ROOT, '.groovylintrc.json');

describe('pipelines: npm-groovy-lint (CodeNarc) over all emitted Groovy', function () {
  // One CodeNarc JVM for the whole tree: about a minute of CPU when its findings are not cached.
  this.timeout(SLOW_TEST_TIMEOUT_MS);

  it('reports no errors and no warnings (accepted ones are configured in .groovylintrc.json)', async function () {
    const { root } = await loadPipelineTree();
    const run = await lintTree(root);
    if (run.cached) console.log(`      (CodeNarc findings replayed from the cache: ${run.key.slice(0, 12)}, same files, rules and linter)`);
    expect(run.findings.filter((f) => f.severity !== 'info').map(describeFinding)).to.deep.equal([]);
  });
});

describe('pipelines: the CodeNarc cache', () => {
  const copyOfTree = async (): Promise<string> => {
    const { root } = await loadPipelineTree();
    const copy = makeTempDir('lint-key');
    cpSync(root, copy, { recursive: true });
    return copy;
  };

  it('gives the same key for the same files, and a different one when a linted file changes', async () => {
    const { root } = await loadPipelineTree();
    const copy = await copyOfTree();
    expect(lintCacheKey(copy, CONFIG)).to.equal(lintCacheKey(root, CONFIG));
    const jenkinsfile = join(copy, 'modules', 'auth', 'Jenkinsfile');
    writeFileSync(jenkinsfile, readFileSync(jenkinsfile, 'utf8').replace('pipeline {', 'pipeline  {'));
    expect(lintCacheKey(copy, CONFIG)).to.not.equal(lintCacheKey(root, CONFIG));
  });

  it('changes the key when a file is added or renamed, or the lint configuration changes', async () => {
    const { root } = await loadPipelineTree();
    const base = lintCacheKey(root, CONFIG);
    const added = await copyOfTree();
    writeFileSync(join(added, 'library', 'vars', 'extra.groovy'), 'def call() {}\n');
    expect(lintCacheKey(added, CONFIG)).to.not.equal(base);
    const renamed = await copyOfTree();
    renameSync(join(renamed, 'jobs'), join(renamed, 'seed-jobs'));
    expect(lintCacheKey(renamed, CONFIG)).to.not.equal(base);
    const config = join(makeTempDir('lint-config'), '.groovylintrc.json');
    writeFileSync(config, readFileSync(CONFIG, 'utf8').replace('"length": 240', '"length": 241'));
    expect(lintCacheKey(root, config)).to.not.equal(base);
  });

  it('replays cached findings, errors included, without running CodeNarc', async () => {
    const { root } = await loadPipelineTree();
    const cacheDir = makeTempDir('lint-cache');
    mkdirSync(cacheDir, { recursive: true });
    const stored: LintFinding[] = [{ file: 'modules/auth/Jenkinsfile', line: 3, severity: 'error', rule: 'DeadCode', message: 'from the cache' }];
    writeFileSync(join(cacheDir, `${lintCacheKey(root, CONFIG)}.json`), JSON.stringify(stored));
    expect(await lintTree(root, cacheDir)).to.deep.include({ findings: stored, cached: true });
  });
});
