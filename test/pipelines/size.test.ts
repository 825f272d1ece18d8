// Jenkins compiles the whole `pipeline {}` block into ONE JVM method after its CPS transformation,
// and a JVM method holds at most 64 KiB of bytecode ("Method code too large"). We cannot run the
// CPS transform here, so we measure the plain Groovy 2.4 bytecode of the pipeline block (script
// body plus every closure nested in it) and calibrated that measure on real pipelines that failed
// in Jenkins with MethodTooLargeException: they measured 17,762 to 19,615 bytes. The guard allows
// 8 KiB, under half of the smallest failing pipeline.
import { expect } from 'chai';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compilePipelineTree, compileTree, formatErrors } from '../harness/compile-check.js';
import { makeTempDir } from '../harness/groovy-process.js';
import { loadPipelineTree } from '../harness/pipeline-source.js';
import { SLOW_TEST_TIMEOUT_MS } from '../harness/timeouts.js';

const PIPELINE_BYTECODE_LIMIT = 8 * 1024;

function bigPipeline(stages: number): string {
  const body = Array.from({ length: stages }, (_, i) =>
    `        stage('Stage ${i}') {\n            when { beforeAgent true; branch 'staging' }\n            steps {\n                sh 'make step-${i}'\n                echo 'done ${i}'\n            }\n        }\n`,
  ).join('');
  return `pipeline {\n    agent none\n    stages {\n${body}    }\n}\n`;
}

describe("pipelines: every pipeline {} block stays far below Jenkins' method size limit", function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS);

  it(`keeps each Jenkinsfile's pipeline bytecode under ${PIPELINE_BYTECODE_LIMIT} bytes`, async () => {
    const { modules } = await loadPipelineTree();
    const report = await compilePipelineTree();
    expect(formatErrors(report)).to.deep.equal([]);
    for (const path of [...modules.map((m) => `modules/${m}/Jenkinsfile`), 'release/Jenkinsfile']) {
      const module = path;
      const size = report.sizes[path];
      expect(size, module).to.not.equal(undefined);
      expect(size?.bodyBytes, `${module}: pipeline bytecode`).to.be.greaterThan(0).and.at.most(PIPELINE_BYTECODE_LIMIT);
    }
  });

  it('fails a pipeline that grows past the limit', async () => {
    const root = makeTempDir('big');
    mkdirSync(join(root, 'modules', 'big'), { recursive: true });
    writeFileSync(join(root, 'modules', 'big', 'Jenkinsfile'), bigPipeline(60));
    const report = await compileTree(root);
    expect(report.sizes['modules/big/Jenkinsfile']?.bodyBytes).to.be.greaterThan(PIPELINE_BYTECODE_LIMIT);
  });
});
