// Runs the library's pure Groovy logic (BlessedBuilds, Slack.escape) in Groovy 2.4, one JVM.
import { expect } from 'chai';
import type { FileSet } from '../../../src/emit/types.js';
import { DEFAULT_CONFIG } from '../../../src/util/paths.js';
import { runGroovy } from '../../render/groovy.js';
import { emitJenkinsSide, fileContent, loadPlan } from '../jenkinsfile/support.js';
import { SLOW_TEST_TIMEOUT_MS } from '../../harness/timeouts.js';

/** A class of the library as a script-local class: no package, NonCPS stubbed. */
function asLocalClass(source: string): string {
  return source
    .split('\n')
    .filter((line) => !line.startsWith('package ') && !line.startsWith('import com.cloudbees.groovy.cps.NonCPS'))
    .join('\n');
}

describe('library classes in Groovy 2.4', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS);
  let files: FileSet;
  before(async () => {
    files = emitJenkinsSide(await loadPlan(DEFAULT_CONFIG));
  });

  it('picks the newest blessed revision with the right tree, and escapes Slack markup', () => {
    const tsv = [
      ['3', 'auth', '3.1.0-beta.3', 'auth-3-1-0-aaa', 'tree-a', 'stable', 'r3'],
      ['10', 'auth', '3.1.0-rc.10', 'auth-3-1-0-bbb', 'tree-a', 'stable', 'r10', `sha256:${'ab'.repeat(32)}`],
      ['12', 'auth', '3.1.0-rc.12', 'auth-3-1-0-ccc', 'tree-b', 'stable', 'r12'],
      ['x', 'auth', 'bad', 'bad', 'tree-a', 'stable', 'bad'],
      ['11', 'short-line'],
    ]
      .map((fields) => fields.join('\t'))
      .join('\n');
    const script = [
      '@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME) @interface NonCPS {}',
      asLocalClass(fileContent(files, 'library/src/dev/gatehouse/BlessedBuilds.groovy')),
      asLocalClass(fileContent(files, 'library/src/dev/gatehouse/Slack.groovy')),
      `def rows = ${JSON.stringify(tsv).replace(/\$/g, '\\$')}`,
      "println(BlessedBuilds.newestWithTree(rows, 'tree-a'))",
      "println(BlessedBuilds.newestWithTree(rows, 'tree-b'))",
      "println(BlessedBuilds.newestWithTree(rows, 'tree-z'))",
      "println(BlessedBuilds.newestWithTree('', 'tree-a'))",
      "println(Slack.escape('<a href> & <!channel>'))",
    ].join('\n');
    const lines = runGroovy(script).split('\n');
    expect(lines.slice(0, 5)).to.deep.equal([
      `[revision:10, chart:auth, chartVersion:3.1.0-rc.10, appVersion:auth-3-1-0-bbb, tree:tree-a, channel:stable, releaseId:r10, imageDigest:sha256:${'ab'.repeat(32)}]`,
      // A line of an older library, without the digest: deployed by tag.
      '[revision:12, chart:auth, chartVersion:3.1.0-rc.12, appVersion:auth-3-1-0-ccc, tree:tree-b, channel:stable, releaseId:r12, imageDigest:]',
      'null',
      'null',
      '&lt;a href&gt; &amp; &lt;!channel&gt;',
    ]);
  });
});
