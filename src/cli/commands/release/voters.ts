import type { Command } from 'commander';
import { isFailure } from '../../../app/release-files.js';
import { listVoters } from '../../../app/release-queries.js';
import { votersToJson } from '../../../train/render-json.js';
import { renderVotersText } from '../../../train/render-text.js';
import type { CliIo } from '../../io.js';
import { EXIT_OK } from '../../io.js';
import { CONFIG_OPTION, configSource, formatOption, oneOf } from '../../options.js';
import { nowOption, fileSource, jsonDocument, parseNow, reportFailure } from './common.js';

const FORMATS = ['text', 'json'] as const;

export function registerReleaseVoters(release: Command, io: CliIo, done: (code: number) => void): void {
  release
    .command('voters')
    .description('list the ballots of a train: who may vote, what a NOGO does, and how long the vote stays open')
    .argument('<manifest>', 'the manifest the vote is about')
    .option(...CONFIG_OPTION)
    .option(...formatOption(FORMATS))
    .addOption(nowOption())
    .action(async (manifest: string, options: { config?: string; format: string; now?: string }) => {
      const format = oneOf('--format', options.format, FORMATS);
      const outcome = await listVoters(configSource(io, options.config), fileSource(io, manifest), parseNow(options.now));
      if (isFailure(outcome)) return done(reportFailure(io, outcome));
      const { value } = outcome;
      io.out(format === 'json' ? jsonDocument(votersToJson(value.manifest, value.ballots, value.secondsToClose)) : renderVotersText(value.manifest, value.ballots, value.secondsToClose));
      done(EXIT_OK);
    });
}
