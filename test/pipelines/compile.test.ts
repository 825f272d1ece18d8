import { expect } from 'chai';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compilePipelineTree, compileTree, formatErrors } from '../harness/compile-check.js';
import { HARNESS_DIR, makeTempDir } from '../harness/groovy-process.js';
import { listGroovyFiles, loadPipelineTree } from '../harness/pipeline-source.js';
import { SLOW_TEST_TIMEOUT_MS } from '../harness/timeouts.js';

describe('pipelines: every Groovy file compiles with Groovy 2.4', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS);

  it('compiles the library, every Jenkinsfile and the seed script without errors', async () => {
    const { root, modules } = await loadPipelineTree();
    const files = listGroovyFiles(root);
    // Every module's, and the release train's (train mode, as modules.yaml says).
    expect(files.filter((f) => f.endsWith('Jenkinsfile'))).to.have.members([...modules.map((m) => `modules/${m}/Jenkinsfile`), 'release/Jenkinsfile']);
    expect(files.some((f) => f.startsWith('library/vars/'))).to.equal(true);
    expect(files.some((f) => f.startsWith('jobs/'))).to.equal(true);
    const report = await compilePipelineTree();
    expect(formatErrors(report)).to.deep.equal([]);
    expect(report.units.flatMap((u) => u.files)).to.have.members(files);
  });

  it('reports a syntax error with its file and line', async () => {
    const root = makeTempDir('broken');
    cpSync(join(HARNESS_DIR, 'fixtures', 'broken'), join(root, 'modules', 'broken'), { recursive: true });
    const report = await compileTree(root);
    const errors = formatErrors(report);
    expect(errors).to.have.length(1);
    // line 4 holds `echo '\q'`: an escape Groovy 2.4 rejects inside a single-quoted string.
    expect(errors[0]).to.match(/^modules\/broken\/Jenkinsfile:4:\d+: .*/);
  });

  it('reports a class Jenkins does not provide in a library file, with file and line', async () => {
    const root = makeTempDir('unresolved');
    cpSync(join(HARNESS_DIR, 'fixtures', 'library'), join(root, 'library'), { recursive: true });
    writeFileSync(join(root, 'library', 'vars', 'typo.groovy'), 'import org.jenkinsci.NoSuchThing\n\ndef call() {\n    new NoSuchThing()\n}\n');
    const errors = formatErrors(await compileTree(root));
    expect(errors.join('\n')).to.match(/library\/vars\/typo\.groovy:1:\d+: unable to resolve class org\.jenkinsci\.NoSuchThing/);
  });
});
