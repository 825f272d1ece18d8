// `gatehouse validate` end to end, in process: exit codes, text and JSON output.
import { expect } from 'chai';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/io.js';
import { NO_COLOR } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import { FIXTURES } from './helpers.js';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => (out += t), err: (t) => (err += t), color: NO_COLOR, cwd: FIXTURES };
  const code = await runCli(['validate', ...argv], io);
  return { code, out, err };
}

describe('cli: gatehouse validate', () => {
  it('finds the repository modules.yaml two directories up, names it so and accepts it (exit 0)', async () => {
    const result = await run();
    expect(result).to.deep.equal({ code: 0, out: '../../modules.yaml: valid, 9 modules\n', err: '' });
  });

  it('reports problems with the path as given and exits 1', async () => {
    const result = await run('--config', 'invalid/several-problems.yaml');
    expect(result.code).to.equal(1);
    expect(result.out).to.equal('');
    expect(result.err).to.match(/^invalid\/several-problems.yaml:22:22: error GH308: /);
    expect(result.err.endsWith('invalid/several-problems.yaml: 4 errors, 0 warnings\n')).to.equal(true);
  });

  it('prints warnings but exits 0 when there is no error', async () => {
    const result = await run('--config', join('invalid', 'skip-without-effect.yaml'));
    expect(result.code).to.equal(0);
    expect(result.err).to.include('warning GH312');
    expect(result.out).to.equal('invalid/skip-without-effect.yaml: valid, 2 modules (0 errors, 1 warning)\n');
  });

  it('prints JSON with --format json', async () => {
    const result = await run('--config', 'invalid/unknown-dependency.yaml', '--format', 'json');
    expect(result.code).to.equal(1);
    expect(JSON.parse(result.out)).to.deep.equal({
      file: 'invalid/unknown-dependency.yaml',
      valid: false,
      diagnostics: [{
        code: 'GH300', severity: 'error', message: 'module "api" depends on "stor", which is not a module',
        file: 'invalid/unknown-dependency.yaml', line: 50, column: 17, path: '/modules/api/dependsOn/0', hint: 'did you mean "store"?',
      }],
    });
  });

  it('never shows a stack trace for bad input', async () => {
    for (const name of ['yaml-alias-bomb.yaml', 'yaml-empty.yaml', 'yaml-unclosed-quote.yaml', 'wrong-type-empty-value.yaml']) {
      const result = await run('--config', join('invalid', name));
      expect(result.code, name).to.equal(1);
      expect(result.err, name).to.not.match(/internal error|\n\s+at /);
    }
  });

  it('rejects an unknown format as a usage error (exit 2)', async () => {
    expect((await run('--format', 'xml')).code).to.equal(2);
  });
});
