// Jenkins runs every `sh` script with `set -x` (xtrace): each command is echoed to the build log
// with its variables expanded. The Credentials Binding plugin masks a secret's exact value, but not
// what a script derives from it (a base64 Docker auth, a URL with the token in it). So every library
// script that runs inside withCredentials, or reads a variable some withCredentials binds, must turn
// xtrace off first. The scripts are found by parsing the library with Groovy 2.4, not by grepping.
import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../../harness/groovy-process.js';
import { listGroovyFiles, loadPipelineTree } from '../../harness/pipeline-source.js';
import type { StepCall } from '../../harness/step-calls.js';
import { boundVariables, scanStepCalls, scriptParts } from '../../harness/step-calls.js';
import { SLOW_TEST_TIMEOUT_MS } from '../../harness/timeouts.js';

/** Variables some withCredentials of the library binds. */
function credentialVariables(calls: readonly StepCall[]): Set<string> {
  return new Set(calls.filter((c) => c.step === 'withCredentials').flatMap((c) => boundVariables({ line: c.line, args: c.args })));
}

function mentions(parts: ReturnType<typeof scriptParts>, variable: string): boolean {
  const expansion = new RegExp(`\\$\\{?${variable}\\b`);
  return parts.some((p) => 'text' in p && expansion.test(p.text));
}

/** The first shell command: the first line that is neither blank nor a comment. */
function firstCommand(parts: ReturnType<typeof scriptParts>): string {
  const first = parts[0];
  if (first === undefined || !('text' in first)) return '';
  return first.text.split('\n').map((l) => l.trim()).find((l) => l !== '' && !l.startsWith('#')) ?? '';
}

/** `file:line: why` for every sh script that handles a credential with xtrace still on. */
export function xtraceViolations(calls: readonly StepCall[]): string[] {
  const secrets = credentialVariables(calls);
  return calls.filter((c) => c.step === 'sh').flatMap((call) => {
    const parts = scriptParts(call);
    const read = [...secrets].filter((v) => mentions(parts, v));
    const scoped = call.credentialScopes.flatMap(boundVariables);
    if (read.length === 0 && scoped.length === 0) return [];
    if (/^set \+x(\s|$)/.test(firstCommand(parts))) return [];
    const why = scoped.length > 0 ? `runs inside withCredentials (${scoped.join(', ')})` : `reads ${read.join(', ')}`;
    return [`${call.file}:${call.line}: ${why} but does not start with set +x`];
  });
}

describe('library: xtrace is off in every script that handles a credential', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS);

  it('finds no library sh script that touches a credential with xtrace on', async () => {
    const { root } = await loadPipelineTree();
    const files = listGroovyFiles(root).filter((f) => f.startsWith('library/'));
    const calls = await scanStepCalls(root, files);
    const sh = calls.filter((c) => c.step === 'sh');
    // Not vacuous: the scan sees the scripts that bind registry tokens and kubeconfigs.
    expect(sh.filter((c) => c.credentialScopes.length > 0).map((c) => c.file)).to.include.members([
      'library/vars/gatehousePushImage.groovy', 'library/vars/helmPublish.groovy', 'library/vars/helmDeploy.groovy',
      'library/src/dev/gatehouse/ChartRegistry.groovy',
    ]);
    expect(credentialVariables(calls)).to.include.members(['GATEHOUSE_REGISTRY_TOKEN', 'KUBECONFIG']);
    expect(xtraceViolations(calls)).to.deep.equal([]);
  });

  it('reports a script inside withCredentials, or one reading a bound variable elsewhere, that leaves xtrace on', async () => {
    const root = makeTempDir('xtrace');
    writeFileSync(join(root, 'bad.groovy'), [
      'def call() {',
      "  withCredentials([string(credentialsId: 'x', variable: 'TOKEN')]) {",
      "    sh '''",
      '      set -eu',
      '      curl -H "Authorization: $TOKEN" https://example.invalid',
      "    '''",
      "    sh(script: '''",
      '      # a comment first is fine',
      '      set +x -eu',
      '      echo ok',
      "    ''')",
      '  }',
      "  sh(label: 'later', script: 'echo ${TOKEN}')",
      "  sh 'echo unrelated'",
      '}',
    ].join('\n'));
    const calls = await scanStepCalls(root, ['bad.groovy']);
    expect(xtraceViolations(calls)).to.deep.equal([
      'bad.groovy:3: runs inside withCredentials (TOKEN) but does not start with set +x',
      'bad.groovy:13: reads TOKEN but does not start with set +x',
    ]);
  });
});
