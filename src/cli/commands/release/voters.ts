import type { Command } from 'commander';
import { listVoters } from '../../../app/release-queries.js';
import { votersToJson } from '../../../train/render-json.js';
import { renderVotersText } from '../../../train/render-text.js';
import type { CliIo } from '../../io.js';
import { EXIT_OK } from '../../io.js';
import { printJson } from '../../json-output.js';
import { CONFIG_OPTION, formatOption, oneOf, resolveConfig } from '../../options.js';
import { answerOf, fileSource, nowOption, parseNow } from './common.js';

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
      const now = parseNow(options.now);
      const config = await resolveConfig(io, options.config);
      const { value } = answerOf(await listVoters(config, fileSource(io, manifest), now), config);
      if (format === 'json') printJson(io, votersToJson(value.manifest, value.ballots, value.secondsToClose));
      else io.out(renderVotersText(value.manifest, value.ballots, value.secondsToClose));
      done(EXIT_OK);
    });
}
