// The CLI: parse flags, call one use case, print, return an exit code. Only src/cli touches process.
import { Command, CommanderError } from 'commander';
import type { CliIo } from './io.js';
import { EXIT_USAGE, UsageError } from './io.js';
import { registerValidate } from './commands/validate.js';
import { registerPlan } from './commands/plan.js';
import { registerGraph } from './commands/graph.js';
import { registerDiff } from './commands/diff.js';
import { registerGenerate } from './commands/generate.js';
import { registerCheck } from './commands/check.js';
import { registerVersion } from './commands/version.js';
import { registerGate } from './commands/gate.js';
import { registerRelease } from './commands/release.js';

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const done = (code: number) => {
    exitCode = code;
  };
  const program = new Command('gatehouse')
    .description('Compile modules.yaml into Jenkins pipelines, helm charts and release tooling.')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError();
  registerValidate(program, io, done);
  registerPlan(program, io, done);
  registerGraph(program, io, done);
  registerDiff(program, io, done);
  registerGenerate(program, io, done);
  registerCheck(program, io, done);
  registerVersion(program, io, done);
  registerGate(program, io, done);
  registerRelease(program, io, done);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_USAGE;
    if (error instanceof UsageError) {
      io.err(`gatehouse: ${error.message}\n`);
      return EXIT_USAGE;
    }
    io.err(`gatehouse: internal error, please report: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_USAGE;
  }
}
