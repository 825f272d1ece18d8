import { expect } from 'chai';
import { lintTree } from '../harness/groovy-lint.js';
import type { LintFinding } from '../harness/groovy-lint.js';
import { loadPipelineTree } from '../harness/pipeline-source.js';

const describeFinding = (f: LintFinding): string => `${f.file}:${f.line ?? '?'} ${f.severity} ${f.rule}: ${f.message}`;

describe('pipelines: npm-groovy-lint (CodeNarc) over all emitted Groovy', function () {
  // One CodeNarc JVM for the whole tree; it needs about a minute on a loaded CI machine.
  this.timeout(300000);

  it('reports no errors and no warnings (accepted ones are configured in .groovylintrc.json)', async () => {
    const { root } = await loadPipelineTree();
    const findings = await lintTree(root);
    expect(findings.filter((f) => f.severity !== 'info').map(describeFinding)).to.deep.equal([]);
  });
});
