import { runGate } from '../../app/gate.js';
import { buildGateJson } from '../../gate/render-json.js';
import { renderGateMarkdown } from '../../gate/render-markdown.js';
import { renderGateText } from '../../gate/render-text.js';
import { CHANNELS } from '../../model/types.js';
import type { CliIo } from '../io.js';
import { EXIT_OK, EXIT_PROBLEMS, UsageError } from '../io.js';
import { oneOf, resolveConfig } from '../options.js';
import { CliFailure } from '../failure.js';
import { printJson } from '../json-output.js';
import { printableBlock } from '../../util/printable.js';
import { FORMATS } from '../declare/gate.js';
import type { GateOptions } from '../declare/gate.js';

/** `gatehouse gate`, declared in ../declare/gate.ts. */
export async function runGateCommand(io: CliIo, done: (code: number) => void, options: GateOptions): Promise<void> {
  const format = oneOf('--format', options.format, FORMATS);
  const required = oneOf('--require', options.require, CHANNELS);
  const config = await resolveConfig(io, options.config);
  const outcome = await runGate({
    config,
    module: options.module,
    junit: options.junit,
    integration: options.integration ?? [],
    coverage: options.coverage,
    scan: options.scan,
    required,
    today: parseToday(options.today),
    cwd: io.cwd,
  });
  // Nothing is classified: exit 1 for problems in modules.yaml or in a report's content, 2 for
  // an unknown module or a report that cannot be found or read (src/cli/exit-code.ts).
  if ('diagnostics' in outcome) throw new CliFailure(outcome.diagnostics, { config: config.displayName, text: outcome.configText });
  const { result } = outcome;
  if (format === 'json') printJson(io, buildGateJson(result));
  else io.out(printableBlock(format === 'markdown' ? renderGateMarkdown(result) : renderGateText(result)));
  done(result.passed ? EXIT_OK : EXIT_PROBLEMS);
}

function parseToday(value: string | undefined): string {
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!valid) throw new UsageError(`--today must be a date YYYY-MM-DD (got "${value}")`);
  return value;
}
