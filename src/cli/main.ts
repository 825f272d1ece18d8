// The CLI: parse flags, call one use case, print, return an exit code. Only src/cli touches process.
import { Command, CommanderError } from 'commander';
import type { CliIo } from './io.js';
import { EXIT_USAGE, UsageError } from './io.js';
import { CliFailure, commandLineProblem, reportFailure } from './failure.js';
import { argvRequestsJson } from './json-output.js';
import { loadPackageVersion } from './package-version.js';
import { printableBlock } from '../util/printable.js';
import { registerValidate } from './commands/validate.js';
import { registerPlan } from './commands/plan.js';
import { registerGraph } from './commands/graph.js';
import { registerDiff } from './commands/diff.js';
import { registerGenerate } from './commands/generate.js';
import { registerCheck } from './commands/check.js';
import { registerVersion } from './commands/version.js';
import { registerGate } from './commands/gate.js';
import { registerLibrary } from './commands/library.js';
import { registerRelease } from './commands/release.js';
import { registerSync } from './commands/sync.js';

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const done = (code: number) => {
    exitCode = code;
  };
  const json = argvRequestsJson(argv);
  // Commander's own error text is not printed: its errors become GH006 diagnostics like every
  // other problem (JSON on stdout in JSON mode). Help and --version go to stdout; the help shown
  // for a bare `gatehouse` goes to stderr, and not at all in JSON mode.
  const program = new Command('gatehouse')
    .description('Compile modules.yaml into Jenkins pipelines, helm charts and release tooling.')
    .version(loadPackageVersion(), '-V, --version', 'print the gatehouse version')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.out(printableBlock(text)), writeErr: json ? () => undefined : (text) => io.err(printableBlock(text)), outputError: () => undefined });
  registerValidate(program, io, done);
  registerPlan(program, io, done);
  registerGraph(program, io, done);
  registerDiff(program, io, done);
  registerGenerate(program, io, done);
  registerCheck(program, io, done);
  registerVersion(program, io, done);
  registerGate(program, io, done);
  registerSync(program, io, done);
  registerLibrary(program, io, done);
  registerRelease(program, io, done);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : reportFailure(io, json, commanderFailure(error, program, argv));
    return reportError(io, json, error);
  }
}

/** "error: unknown option '--colour'\n(Did you mean --config?)" as GH006 with a hint. */
function commanderFailure(error: CommanderError, program: Command, argv: readonly string[]): CliFailure {
  if (error.code === 'commander.help') return new CliFailure([commandLineProblem('no command given', 'gatehouse --help lists the commands')]);
  const [first = '', ...rest] = error.message.replace(/^error: /, '').split('\n');
  const suggestion = /^\(Did you mean (.+)\?\)$/.exec(rest.join(' ').trim())?.[1];
  const command = program.commands.find((c) => argv.includes(c.name()))?.name();
  const help = `gatehouse ${command === undefined ? '' : `${command} `}--help lists what it accepts`;
  return new CliFailure([commandLineProblem(first, suggestion === undefined ? help : `did you mean ${suggestion}?`)]);
}

function reportError(io: CliIo, json: boolean, error: unknown): number {
  if (error instanceof UsageError) return reportFailure(io, json, new CliFailure([commandLineProblem(error.message)]));
  if (error instanceof CliFailure) return reportFailure(io, json, error);
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.err(printableBlock(`gatehouse: internal error, please report: ${detail}\n`));
  return EXIT_USAGE;
}
