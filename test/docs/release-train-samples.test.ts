// The command output in docs/release-train.md is real: each region is what the command prints for
// the repository's modules.yaml and a train of four modules (one more dropped as beta), with a
// NOGO on catalog. UPDATE_DOCS=1 rewrites them (see regions.ts).
import { expect } from 'chai';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/util/paths.js';
import { runCliIn } from '../app/run-cli.js';
import { candidate, production } from '../train/support.js';
import { checkRegion } from './regions.js';

const PAGE = 'docs/release-train.md';

function block(command: string, output: string, fence = '```', language = 'console'): string {
  return `${fence}${language}\n${command === '' ? '' : `$ ${command}\n`}${output}${fence}\n`;
}

describe('docs: release train samples', () => {
  let dir: string;
  /** Runs in the temporary directory, which holds a copy of the repository's modules.yaml. */
  const cli = async (...argv: string[]) => {
    const { code, out, err } = await runCliIn(dir, argv);
    expect([code, err], argv.join(' ')).to.deep.equal([0, '']);
    return out;
  };

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gatehouse-train-docs-'));
    await copyFile(DEFAULT_CONFIG, join(dir, 'modules.yaml'));
    const notes = (module: string, version: string) => `https://github.com/acme-online/${module}/releases/tag/${module}-v${version}`;
    const candidates = [
      candidate('config-service', { version: '2.4.1', build: 118, releaseNotes: notes('config-service', '2.4.1') }),
      candidate('auth', { version: '3.1.0', build: 87, releaseNotes: notes('auth', '3.1.0') }),
      candidate('catalog', { version: '4.0.2', build: 203, releaseNotes: notes('catalog', '4.0.2') }),
      candidate('editor', { version: '5.2.0', build: 64, releaseNotes: notes('editor', '5.2.0') }),
      candidate('notification', { version: '1.3.0', channel: 'beta', build: 41 }),
    ];
    const live = [
      production('config-service', { revision: 41, chartVersion: '2.4.0-stable.PR208.2.g9c1e0aa' }),
      production('auth', { revision: 17, chartVersion: '3.0.4-stable.PR95.1.g51d2e3f' }),
      production('catalog', { revision: 23, chartVersion: '4.0.1-stable.PR311.4.g0b7a9c2' }),
      production('notification', { revision: 9, chartVersion: '1.2.9-stable.PR44.2.g77aa01b' }),
    ];
    await writeFile(join(dir, 'candidates.json'), JSON.stringify({ candidates, production: live }));
    const ballots = ['moduleLead-config-service', 'moduleLead-auth', 'moduleLead-catalog', 'moduleLead-editor', 'sre', 'qa', 'product'];
    const votes = ballots.map((ballot) => ({ ballot, vote: 'GO', by: 'someone', reason: 'ok' }));
    votes[2] = { ballot: 'moduleLead-catalog', vote: 'NOGO', by: 'rohan.gupta', reason: 'search index migration still running' };
    await writeFile(join(dir, 'votes.json'), JSON.stringify({ votes }));
  });
  after(async () => rm(dir, { recursive: true, force: true }));

  it('shows the go/no-go message, the decision and the rollback plan', async () => {
    await cli('release', 'manifest', '--candidates', 'candidates.json', '--date', '2026-08-24', '--train-id', 'online-product-2026-08-24-118', '--now', '2026-08-24T10:31:07Z', '--out', 'manifest.json');
    checkRegion(PAGE, 'train-slack', block('', await cli('release', 'show', 'manifest.json', '--format', 'slack'), '````', 'text'));
    const decided = await cli('release', 'decide', 'manifest.json', '--votes', 'votes.json', '--out', 'decided.json');
    checkRegion(PAGE, 'train-decide', block('npx gatehouse release decide manifest.json --votes votes.json', decided));
    checkRegion(PAGE, 'train-rollback', block('npx gatehouse release rollback-plan decided.json', await cli('release', 'rollback-plan', 'decided.json')));
  });

  it('shows the schedule with the next triggers around the freeze', async () => {
    checkRegion(PAGE, 'train-schedule', block('npx gatehouse release schedule --count 4', await cli('release', 'schedule', '--count', '4', '--now', '2026-12-22T12:00:00Z')));
  });
});
