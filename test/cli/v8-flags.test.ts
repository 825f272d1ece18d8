import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/util/paths.js';

// V8 prints "Error: unrecognized flag" for a flag it does not know; the heap limit and the later
// optimization (tier-up.ts) must never cost a user a line of noise, on the Node running the tests
// or on one whose V8 is unknown.
describe('cli: the heap growth limit and the later optimization', () => {
  it('are flags this V8 knows: the CLI prints nothing to stderr for --help', () => {
    const run = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'dist/src/cli/bin.js'), '--help'], { encoding: 'utf8' });
    expect(run.status).to.equal(0);
    expect(run.stderr).to.equal('');
  });

  for (const [file, set] of [['heap.js', 'limitHeapGrowth'], ['tier-up.js', 'delayOptimization']] as const) {
    it(`${set} is not set on a V8 version it was not checked against`, () => {
      const script = `import { ${set} } from ${JSON.stringify(join(PACKAGE_ROOT, 'dist/src/cli', file))}; ${set}('99.1.0'); ${set}(process.versions.v8);`;
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
      expect(run.stderr).to.equal('');
    });
  }
});
