import type { Command } from 'commander';
import { listVoters } from '../../../app/release-queries.js';
import { manifestToJson } from '../../../train/render-json.js';
import { renderSlackSummary } from '../../../train/render-slack.js';
import { renderManifestText } from '../../../train/render-text.js';
import type { CliIo } from '../../io.js';
import { EXIT_OK } from '../../io.js';
import { printJson } from '../../json-output.js';
import { CONFIG_OPTION, formatOption, oneOf, resolveConfig } from '../../options.js';
import { answerOf, fileSource } from './common.js';

const FORMATS = ['text', 'slack', 'json'] as const;

export function registerReleaseShow(release: Command, io: CliIo, done: (code: number) => void): void {
  release
    .command('show')
    .description('validate a manifest and print it: a summary, the Slack message for #production, or the JSON')
    .argument('<manifest>', 'a manifest file')
    .option(...CONFIG_OPTION)
    .option(...formatOption(FORMATS))
    .action(async (manifest: string, options: { config?: string; format: string }) => {
      const format = oneOf('--format', options.format, FORMATS);
      const config = await resolveConfig(io, options.config);
      const { value } = answerOf(await listVoters(config, fileSource(io, manifest), new Date()), config);
      if (format === 'json') printJson(io, manifestToJson(value.manifest));
      else io.out(format === 'slack' ? renderSlackSummary(value.manifest, value.ballots) : renderManifestText(value.manifest));
      done(EXIT_OK);
    });
}
