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
 * Every command, in help order. Loading is lazy in two steps, because loading the whole program
 * (the YAML parser, every emitter, the writer, the gate's XML parser, the GitHub client) cost
 * more than most commands' work. A command's declaration (declare/<name>.ts: name, options, help
 * text) imports nothing but commander and constants; its implementation (commands/<name>.ts) is
 * imported by its action, with `await import()`, only when it runs. A run declares the one
 * command it names; help, --version and an unknown command declare them all, which is cheap.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  validate: async () => (await import('./declare/validate.js')).registerValidate,
  plan: async () => (await import('./declare/plan.js')).registerPlan,
  graph: async () => (await import('./declare/graph.js')).registerGraph,
  diff: async () => (await import('./declare/diff.js')).registerDiff,
  generate: async () => (await import('./declare/generate.js')).registerGenerate,
  check: async () => (await import('./declare/check.js')).registerCheck,
  version: async () => (await import('./declare/version.js')).registerVersion,
  gate: async () => (await import('./declare/gate.js')).registerGate,
  sync: async () => (await import('./declare/sync.js')).registerSync,
  library: async () => (await import('./declare/library.js')).registerLibrary,
  release: async () => (await import('./declare/release.js')).registerRelease,
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
  // The program's own flags take no value, so its first word is the command; a later word that
  // happens to name a command (`valdiate plan`) must not hide the others from the suggestion.
  const first = argv.find((arg) => !arg.startsWith('-'));
  for (const name of first !== undefined && Object.hasOwn(COMMANDS, first) ? [first] : Object.keys(COMMANDS)) (await COMMANDS[name]?.())?.(program, io, done);
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
