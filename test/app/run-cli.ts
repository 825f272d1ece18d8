// Runs the CLI in-process with a fake CliIo, for the generate/check command tests.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NO_COLOR } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import { DEFAULT_CONFIG } from '../../src/util/paths.js';
import { makeTempDir } from '../output/temp-dir.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCliIn(cwd: string, argv: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (text) => (out += text), err: (text) => (err += text), color: NO_COLOR, cwd, env });
  return { code, out, err };
}

/** A temporary directory holding a copy of the repository's modules.yaml, found without --config. */
export async function makeProjectDir(): Promise<string> {
  const dir = await makeTempDir();
  await copyFile(DEFAULT_CONFIG, join(dir, 'modules.yaml'));
  return dir;
}
