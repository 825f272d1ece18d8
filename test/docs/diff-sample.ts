// The change docs/diff.md shows: the repository's modules.yaml on main, and a branch (tracking
// origin/main, as a clone's would) where editor waits for notification, the stable line coverage
// bar rises to 85% and a search module is added. `gatehouse diff` runs on it for real.
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/util/paths.js';
import { runCliIn } from '../app/run-cli.js';
import { git } from '../cli/git.js';

const EDITS: [string, string][] = [
  ['    dependsOn: [user-profile, catalog]\n', '    dependsOn: [user-profile, catalog, notification]\n'],
  ['    stable:\n      minLineCoverage: 80\n', '    stable:\n      minLineCoverage: 85\n'],
  [
    '  catalog:\n',
    '  search:\n    description: Full-text search over templates and documents.\n    repository: search-service\n' +
      '    version: 1.0.0\n    lead: dev.malhotra\n    dependsOn: [config-service]\n\n  catalog:\n',
  ],
];

/** What `gatehouse diff` prints for the documented change, per --format. */
export async function diffSamples(formats: readonly string[]): Promise<Map<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'gatehouse-diff-sample-'));
  try {
    const repo = join(dir, 'online-product');
    git(dir, 'init', '-q', '-b', 'main', 'online-product');
    await copyFile(DEFAULT_CONFIG, join(repo, 'modules.yaml'));
    git(repo, 'add', 'modules.yaml');
    git(repo, 'commit', '-q', '-m', 'modules.yaml');
    git(repo, 'remote', 'add', 'origin', repo);
    git(repo, 'fetch', '-q', 'origin');
    git(repo, 'checkout', '-q', '-b', 'editor-waits-for-notification', '--track', 'origin/main');
    await applyEdits(join(repo, 'modules.yaml'));
    const samples = new Map<string, string>();
    for (const format of formats) {
      const { code, out, err } = await runCliIn(repo, ['diff', '--config', 'modules.yaml', '--format', format]);
      if (code !== 0) throw new Error(`gatehouse diff --format ${format} exited ${code}: ${err}`);
      samples.set(format, out);
    }
    return samples;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function applyEdits(file: string): Promise<void> {
  let text = await readFile(file, 'utf8');
  for (const [from, to] of EDITS) {
    if (text.split(from).length !== 2) throw new Error(`the documented change no longer applies: ${JSON.stringify(from)} is not in modules.yaml exactly once`);
    text = text.replace(from, to);
  }
  await writeFile(file, text);
}
