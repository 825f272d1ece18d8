import type { Command } from 'commander';
import { answerReleaseDay } from '../../../app/release-queries.js';
import { releaseDayToJson } from '../../../train/render-json.js';
import { renderReleaseDayText } from '../../../train/render-text.js';
import type { CliIo } from '../../io.js';
import { EXIT_OK } from '../../io.js';
import { printJson } from '../../json-output.js';
import { CONFIG_OPTION, formatOption, oneOf, resolveConfig } from '../../options.js';
import { answerOf, nowOption, parseDate, parseNow } from './common.js';

const FORMATS = ['text', 'json'] as const;

export function registerReleaseDay(release: Command, io: CliIo, done: (code: number) => void): void {
  release
    .command('day')
    .description('say whether a date (default: today in release.timeZone) is a release day, and why not')
    .option('--date <yyyy-mm-dd>', 'the date in release.timeZone (default: today there)')
    .option(...CONFIG_OPTION)
    .option(...formatOption(FORMATS))
    .addOption(nowOption())
    .action(async (options: { date?: string; config?: string; format: string; now?: string }) => {
      const format = oneOf('--format', options.format, FORMATS);
      const date = parseDate('--date', options.date);
      const now = parseNow(options.now);
      const config = await resolveConfig(io, options.config);
      const { value } = answerOf(await answerReleaseDay(config, date, now), config);
      if (format === 'json') printJson(io, releaseDayToJson(value));
      else io.out(renderReleaseDayText(value));
      done(EXIT_OK);
    });
}
