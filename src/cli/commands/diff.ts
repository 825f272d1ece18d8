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
import { oneOf, resolveConfig } from '../options.js';
import { CliFailure } from '../failure.js';
import { printable, printableBlock, printableJson } from '../../util/printable.js';
import { FORMATS } from '../declare/diff.js';
import type { DiffOptions } from '../declare/diff.js';

/** With --exit-code, like `git diff --exit-code`: 1 when anything changes. */
const EXIT_CHANGED = 1;

/** `gatehouse diff`, declared in ../declare/diff.ts. */
export async function runDiff(io: CliIo, done: (code: number) => void, options: DiffOptions): Promise<void> {
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
}

function reportInvalid(io: CliIo, config: string, outcome: Extract<DiffOutcome, { status: 'invalid' }>): void {
  for (const side of outcome.sides) {
    const which = side.base === null ? `${config} in the working tree` : `${config} at ${describeBase(side.base)}`;
    io.err(`gatehouse diff: ${printable(which)} is not valid:\n`);
    io.err(formatDiagnostics(side.diagnostics, side.text, io.color.err));
  }
}
