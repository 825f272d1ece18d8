// The CLI: parse flags, call one use case, print, return an exit code. Only src/cli touches process.
import { Command, CommanderError } from 'commander';
import type { CliIo } from './io.js';
import { EXIT_USAGE, UsageError } from './io.js';
import { CliFailure, commandLineProblem, reportFailure } from './failure.js';
import { argvRequestsJson } from './json-output.js';
import { loadPackageVersion } from './package-version.js';
import { printableBlock } from '../util/printable.js';

type Register = (program: Command, io: CliIo, done: (code: number) => void) => void;

/**
 * Every command, in help order, loaded on demand: a run loads the one command it names (and what
 * that command imports), so `validate` never loads the gate's XML parser, the writer's differ or
 * the GitHub client. Help and unknown commands load them all.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  validate: async () => (await import('./commands/validate.js')).registerValidate,
  plan: async () => (await import('./commands/plan.js')).registerPlan,
  graph: async () => (await import('./commands/graph.js')).registerGraph,
  diff: async () => (await import('./commands/diff.js')).registerDiff,
  generate: async () => (await import('./commands/generate.js')).registerGenerate,
  check: async () => (await import('./commands/check.js')).registerCheck,
  version: async () => (await import('./commands/version.js')).registerVersion,
  gate: async () => (await import('./commands/gate.js')).registerGate,
  sync: async () => (await import('./commands/sync.js')).registerSync,
  library: async () => (await import('./commands/library.js')).registerLibrary,
  release: async () => (await import('./commands/release.js')).registerRelease,
};

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
  const named = argv.find((arg) => Object.hasOwn(COMMANDS, arg));
  for (const name of named === undefined ? Object.keys(COMMANDS) : [named]) (await COMMANDS[name]?.())?.(program, io, done);
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
