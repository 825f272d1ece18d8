// Golden tree for the small fixture: the Jenkins side of generated/ byte for byte. Update only on
// purpose, with UPDATE_GOLDEN=1 npm test, and review the diff. The semantic tests in
// test/emit/{jenkinsfile,library,jobs} say why the content is right; this says it did not move.
import { expect } from 'chai';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { PACKAGE_ROOT } from '../../src/util/paths.js';
import { emitJenkinsSide, loadPlan, SMALL_CONFIG } from '../emit/jenkinsfile/support.js';

const GOLDEN = join(PACKAGE_ROOT, 'test/golden/small');

/** The chart helper's helm steps are copied by the library emitter but are not ours to freeze. */
function owned(path: string): boolean {
  return !path.startsWith('library/vars/helm');
}

function readTree(root: string): Map<string, string> {
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'));
  return new Map(files.map((path) => [path, readFileSync(join(root, path), 'utf8')]));
}

describe('golden: small fixture, Jenkins side', () => {
  it('matches test/golden/small byte for byte', async () => {
    const files = emitJenkinsSide(await loadPlan(SMALL_CONFIG)).filter((f) => owned(f.path));
    if (process.env.UPDATE_GOLDEN === '1') {
      rmSync(GOLDEN, { recursive: true, force: true });
      for (const file of files) {
        mkdirSync(dirname(join(GOLDEN, file.path)), { recursive: true });
        writeFileSync(join(GOLDEN, file.path), file.content, 'utf8');
      }
    }
    const golden = readTree(GOLDEN);
    expect([...golden.keys()].sort()).to.deep.equal(files.map((f) => f.path));
    for (const file of files) expect(file.content, file.path).to.equal(golden.get(file.path));
  });
});
