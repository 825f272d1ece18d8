import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/util/paths.js';

// V8 prints "Error: unrecognized flag" for a flag it does not know; the heap limit must never
// cost a user a line of noise, on the Node running the tests or on one whose V8 is unknown.
describe('cli: the heap growth limit', () => {
  it('is a flag this V8 knows: the CLI prints nothing to stderr for --help', () => {
    const run = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'dist/src/cli/bin.js'), '--help'], { encoding: 'utf8' });
    expect(run.status).to.equal(0);
    expect(run.stderr).to.equal('');
  });

  it('is not set on a V8 version it was not checked against', () => {
    const script = `import { limitHeapGrowth } from ${JSON.stringify(join(PACKAGE_ROOT, 'dist/src/cli/heap.js'))}; limitHeapGrowth('99.1.0'); limitHeapGrowth(process.versions.v8);`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).to.equal('');
  });
});
