// A gatehouse project in a temporary directory whose modules.yaml points at the fake GitHub, and
// the CLI run in-process against it with GITHUB_TOKEN set and retry waits shrunk to milliseconds.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { DEFAULT_CONFIG } from '../../src/util/paths.js';
import type { CliRun } from '../app/run-cli.js';
import { makeTempDir } from '../output/temp-dir.js';
import type { FakeGitHub } from './fake-github/server.js';

export const OWNER = 'acme-online';

/** The repository's modules.yaml with project.github.apiUrl (and the library's host) on the fake. */
export async function makeProject(github: FakeGitHub, edit: (text: string) => string = (t) => t): Promise<string> {
  const dir = await makeTempDir();
  const web = github.apiUrl.replace(/\/api\/v3$/, '');
  const text = (await readFile(DEFAULT_CONFIG, 'utf8'))
    .replace('apiUrl: https://api.github.com', `apiUrl: ${github.apiUrl}`)
    .replace('repository: https://github.com/', `repository: ${web}/`);
  await writeFile(join(dir, 'modules.yaml'), edit(text));
  return dir;
}

/** modules.yaml with project.library.version set (tests name versions without depending on the repository's). */
export function withLibraryVersion(text: string, version: string): string {
  return text.replace(/^( {2}library:\n(?: {4}.*\n)*? {4}version: )\S+$/m, `$1${version}`);
}

export async function gatehouse(github: FakeGitHub, cwd: string, argv: readonly string[], env: Record<string, string> = { GITHUB_TOKEN: github.token }): Promise<CliRun> {
  let out = '';
  let err = '';
  const io = { out: (t: string) => (out += t), err: (t: string) => (err += t), color: { out: false, err: false }, cwd, env, githubTiming: { msPerSecond: 1, writeIntervalMs: 0 } };
  const code = await runCli(argv.includes('--config') ? argv : [...argv, '--config', 'modules.yaml'], io);
  if (`${out}${err}`.includes(github.token)) throw new Error('the token was printed');
  return { code, out, err };
}
