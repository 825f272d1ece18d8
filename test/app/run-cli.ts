// Runs the CLI in-process with a fake CliIo, for the generate/check command tests.
import { runCli } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCliIn(cwd: string, argv: readonly string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (text) => (out += text), err: (text) => (err += text), color: false, cwd });
  return { code, out, err };
}
