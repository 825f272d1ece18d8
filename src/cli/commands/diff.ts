import type { Command } from 'commander';
import type { DiffOutcome } from '../../app/diff.js';
import { diffAgainstBase } from '../../app/diff.js';
import { describeBase } from '../../config/git-revision.js';
import { renderDiffJson } from '../../diff/render-json.js';
import { renderDiffMarkdown } from '../../diff/render-markdown.js';
import { renderDiffText } from '../../diff/render-text.js';
import type { Comparison } from '../../diff/summary.js';
import { formatDiagnostics } from '../format-diagnostics.js';
import type { CliIo } from '../io.js';
import { EXIT_OK, UsageError } from '../io.js';
import { CONFIG_OPTION, formatOption, oneOf, resolveConfig } from '../options.js';
import { CliFailure } from '../failure.js';
import { printable, printableBlock, printableJson } from '../../util/printable.js';

const FORMATS = ['text', 'markdown', 'json'] as const;

/** With --exit-code, like `git diff --exit-code`: 1 when anything changes. */
const EXIT_CHANGED = 1;

interface DiffOptions {
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
    .action(async (options: DiffOptions) => {
      const format = oneOf('--format', options.format, FORMATS);
      const config = await resolveConfig(io, options.config);
      const outcome = await diffAgainstBase({ config, ...(options.base === undefined ? {} : { base: options.base }) });
      if (outcome.status === 'git-problem') throw new UsageError(outcome.message);
      if (outcome.status === 'invalid') {
        const failure = new CliFailure(outcome.sides.flatMap((side) => side.diagnostics), { config: config.displayName });
        // Text names each side before its diagnostics; JSON is the failure document like everywhere.
        if (format === 'json') throw failure;
        reportInvalid(io, config.displayName, outcome);
        return done(failure.exitCode);
      }
      const comparison: Comparison = { config: config.displayName, base: outcome.base };
      if (format === 'json') io.out(printableJson(renderDiffJson(outcome.diff, comparison)));
      else io.out(printableBlock((format === 'markdown' ? renderDiffMarkdown : renderDiffText)(outcome.diff, comparison)));
      done(options.exitCode === true && outcome.diff.changed ? EXIT_CHANGED : EXIT_OK);
    });
}

function reportInvalid(io: CliIo, config: string, outcome: Extract<DiffOutcome, { status: 'invalid' }>): void {
  for (const side of outcome.sides) {
    const which = side.base === null ? `${config} in the working tree` : `${config} at ${describeBase(side.base)}`;
    io.err(`gatehouse diff: ${printable(which)} is not valid:\n`);
    io.err(formatDiagnostics(side.diagnostics, side.text, io.color.err));
  }
}
