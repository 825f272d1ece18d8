// Which modules.yaml a command reads, like git and eslint find theirs: --config, else
// $GATEHOUSE_CONFIG, else the nearest modules.yaml in the working directory or above; never
// gatehouse's own copy. Every summary line names the file that was read.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { runCliIn } from '../app/run-cli.js';
import { DEFAULT_CONFIG, PACKAGE_ROOT } from '../../src/util/paths.js';
import { FIXTURES } from '../config/helpers.js';
import { makeTempDir, removeTempDirs } from '../output/temp-dir.js';

const MINIMAL = join(FIXTURES, 'valid', 'minimal.yaml');

describe('cli: finding modules.yaml', () => {
  afterEach(removeTempDirs);

  it('reads the nearest modules.yaml in a parent directory and names it relative to where it ran', async () => {
    const root = await makeTempDir();
    await copyFile(MINIMAL, join(root, 'modules.yaml'));
    await mkdir(join(root, 'a', 'b'), { recursive: true });
    const result = await runCliIn(join(root, 'a', 'b'), ['validate']);
    expect(result).to.deep.equal({ code: 0, out: '../../modules.yaml: valid, 2 modules\n', err: '' });
  });

  it('takes the nearest one when several directories above hold one', async () => {
    const root = await makeTempDir();
    await copyFile(DEFAULT_CONFIG, join(root, 'modules.yaml'));
    await mkdir(join(root, 'inner', 'deeper'), { recursive: true });
    await copyFile(MINIMAL, join(root, 'inner', 'modules.yaml'));
    expect((await runCliIn(join(root, 'inner', 'deeper'), ['validate'])).out).to.equal('../modules.yaml: valid, 2 modules\n');
  });

  it('passes over a directory named modules.yaml', async () => {
    const root = await makeTempDir();
    await copyFile(MINIMAL, join(root, 'modules.yaml'));
    await mkdir(join(root, 'sub', 'modules.yaml'), { recursive: true });
    expect((await runCliIn(join(root, 'sub'), ['validate'])).out).to.equal('../modules.yaml: valid, 2 modules\n');
  });

  it('stops at the filesystem root and says what to do, never falling back to gatehouse\'s own modules.yaml (exit 2)', async () => {
    expect(existsSync('/modules.yaml'), 'this test needs a machine without /modules.yaml').to.equal(false);
    const result = await runCliIn('/', ['plan']);
    expect(result.code).to.equal(2);
    expect(result.out).to.equal('');
    expect(result.err).to.equal(
      'gatehouse: error GH002: no modules.yaml in / or any directory above it\n' +
        '  hint: run gatehouse in the repository that holds modules.yaml, or name it with --config FILE or GATEHOUSE_CONFIG\n',
    );
  });

  it('prefers GATEHOUSE_CONFIG to the lookup, and --config to both', async () => {
    const root = await makeTempDir();
    await copyFile(DEFAULT_CONFIG, join(root, 'modules.yaml'));
    const fromEnv = await runCliIn(root, ['validate'], { GATEHOUSE_CONFIG: MINIMAL });
    expect(fromEnv.out).to.equal(`${MINIMAL}: valid, 2 modules\n`);
    const fromFlag = await runCliIn(root, ['validate', '--config', 'modules.yaml'], { GATEHOUSE_CONFIG: MINIMAL });
    expect(fromFlag.out).to.equal('modules.yaml: valid, 9 modules\n');
    const emptyEnv = await runCliIn(root, ['validate'], { GATEHOUSE_CONFIG: '' });
    expect(emptyEnv.out, 'an empty GATEHOUSE_CONFIG is no setting').to.equal('modules.yaml: valid, 9 modules\n');
  });

  it('treats --config "" as a usage error (exit 2), not as the current directory', async () => {
    const result = await runCliIn(PACKAGE_ROOT, ['validate', '--config', '']);
    expect(result).to.deep.equal({
      code: 2,
      out: '',
      err: 'gatehouse: error GH006: --config needs a file name, not an empty string\n  hint: e.g. --config modules.yaml\n',
    });
  });

  it('fails at once on a FIFO as --config instead of waiting for a writer (exit 2)', async () => {
    const dir = await makeTempDir();
    const fifo = join(dir, 'modules.yaml');
    execFileSync('mkfifo', [fifo]);
    const result = await runCliIn(dir, ['validate', '--config', fifo]);
    expect(result.code).to.equal(2);
    expect(result.err).to.equal(`${fifo}: error GH003: cannot read ${fifo}: it is a named pipe (FIFO), not a regular file\n`);
    const found = await runCliIn(dir, ['validate']);
    expect([found.code, found.err]).to.deep.equal([2, 'modules.yaml: error GH003: cannot read modules.yaml: it is a named pipe (FIFO), not a regular file\n']);
  });

  it('names the file that was read in the summary of generate and check', async () => {
    const root = await makeTempDir();
    await copyFile(DEFAULT_CONFIG, join(root, 'modules.yaml'));
    await mkdir(join(root, 'sub'));
    const generated = await runCliIn(join(root, 'sub'), ['generate', '--out', 'gen']);
    expect(generated.out).to.match(/^gen: \d+ written, 0 unchanged, 0 removed \(from \.\.\/modules\.yaml\)\n$/);
    const checked = await runCliIn(join(root, 'sub'), ['check', '--out', 'gen']);
    expect(checked.out).to.match(/^gen: up to date with \.\.\/modules\.yaml \(\d+ files\)\n$/);
  });
});
