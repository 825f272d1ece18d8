// The gatehouse repository's own commit, for sync pull requests to say which modules.yaml change
// caused them: `git` in the directory of modules.yaml. Outside a git checkout there is none.
import { execFile } from 'node:child_process';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import type { SourceCommit } from '../release/sync/render-sync.js';

const run = promisify(execFile);

export async function readSourceCommit(configPath: string): Promise<SourceCommit | undefined> {
  const cwd = dirname(configPath);
  const git = async (...args: string[]) => (await run('git', args, { cwd })).stdout.trim();
  try {
    const [sha, subject, status] = await Promise.all([
      git('rev-parse', 'HEAD'),
      git('log', '-1', '--format=%s'),
      git('status', '--porcelain', '--', configPath, 'generated'),
    ]);
    return { sha, subject, dirty: status !== '' };
  } catch {
    return undefined;
  }
}
