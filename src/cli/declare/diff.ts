// `gatehouse diff`: its name, options and help. runDiff in
// src/cli/commands/diff.ts runs it, imported only then (see src/cli/main.ts).
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { CONFIG_OPTION, formatOption } from './flags.js';

export const FORMATS = ['text', 'markdown', 'json'] as const;

export interface DiffOptions {
  config?: string;
  base?: string;
  format: string;
  exitCode?: boolean;
}

export function registerDiff(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('diff')
    .description('say what a modules.yaml change does: its Plan and generated files against a git revision')
    .option(...CONFIG_OPTION)
    .option('--base <rev>', 'the git revision to compare with (default: the merge base of HEAD and its upstream branch)')
    .option(...formatOption(FORMATS))
    .option('--exit-code', 'exit 1 when anything changes, like git diff --exit-code')
    .addHelpText(
      'after',
      '\nCompares the working tree\'s modules.yaml with the same file at the base revision, read with git.\n' +
        'Exit codes: 0 compared (changes or not; with --exit-code 1 when there are changes),\n' +
        '1 invalid modules.yaml on either side, 2 usage error (no upstream and no --base, unknown revision).\n\n' +
        'Examples:\n  gatehouse diff\n  gatehouse diff --base origin/main --format markdown > plan-comment.md\n',
    )
    .action(async (options: DiffOptions) => (await import('../commands/diff.js')).runDiff(io, done, options));
}
