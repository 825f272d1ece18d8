import type { Command } from 'commander';
import { planManifestRollback } from '../../../app/release-queries.js';
import { renderRollbackText } from '../../../train/render-text.js';
import type { CliIo } from '../../io.js';
import { EXIT_OK } from '../../io.js';
import { printJson } from '../../json-output.js';
import { formatOption, oneOf } from '../../options.js';
import { answerOf, fileSource, parseModuleList } from './common.js';

const FORMATS = ['text', 'json'] as const;

export function registerReleaseRollbackPlan(release: Command, io: CliIo, done: (code: number) => void): void {
  release
    .command('rollback-plan')
    .description('the way back for a train: its modules in reverse wave order, each to the production revision the manifest recorded')
    .argument('<manifest>', 'the manifest of the train (read alone: no modules.yaml needed)')
    .option('--deployed <modules>', 'only the modules whose deploy started (comma or space separated; default: all)')
    .option(...formatOption(FORMATS))
    .action(async (manifest: string, options: { deployed?: string; format: string }) => {
      const format = oneOf('--format', options.format, FORMATS);
      const deployed = options.deployed === undefined ? undefined : parseDeployed(options.deployed);
      const { value } = answerOf(await planManifestRollback(fileSource(io, manifest), deployed));
      if (format === 'json') printJson(io, value);
      else io.out(renderRollbackText(value));
      done(EXIT_OK);
    });
}

/** An empty list is a real answer: nothing was deployed yet, so nothing rolls back. */
function parseDeployed(value: string): string[] {
  return value.trim() === '' ? [] : parseModuleList('--deployed', value);
}
