// The CLI: parse flags, call one use case, print, return an exit code. Only src/cli touches process.
import { Command, CommanderError } from 'commander';
import type { CliIo } from './io.js';
import { EXIT_USAGE, UsageError } from './io.js';

type Register = (program: Command, io: CliIo, done: (code: number) => void) => void;

/**
 * Every command, in help order, loaded on demand: a run loads the one command it names (and what
 * that command imports), so `validate` never loads the gate's XML parser or the writer's differ.
 * Help and unknown commands load them all.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  validate: async () => (await import('./commands/validate.js')).registerValidate,
  plan: async () => (await import('./commands/plan.js')).registerPlan,
  graph: async () => (await import('./commands/graph.js')).registerGraph,
  generate: async () => (await import('./commands/generate.js')).registerGenerate,
  check: async () => (await import('./commands/check.js')).registerCheck,
  version: async () => (await import('./commands/version.js')).registerVersion,
  gate: async () => (await import('./commands/gate.js')).registerGate,
};

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
  const named = argv.find((arg) => Object.hasOwn(COMMANDS, arg));
  for (const name of named === undefined ? Object.keys(COMMANDS) : [named]) (await COMMANDS[name]?.())?.(program, io, done);
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
