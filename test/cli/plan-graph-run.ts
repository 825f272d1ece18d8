// Runs the CLI in-process with captured output.
import { NO_COLOR } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

export async function run(...argv: string[]): Promise<CliResult> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), color: NO_COLOR, cwd: process.cwd() });
  return { code, out, err };
}
