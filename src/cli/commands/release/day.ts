import type { Command } from 'commander';
import { isFailure } from '../../../app/release-files.js';
import { answerReleaseDay } from '../../../app/release-queries.js';
import { releaseDayToJson } from '../../../train/render-json.js';
import { renderReleaseDayText } from '../../../train/render-text.js';
import type { CliIo } from '../../io.js';
import { EXIT_OK } from '../../io.js';
import { CONFIG_OPTION, configSource, formatOption, oneOf } from '../../options.js';
import { nowOption, jsonDocument, parseDate, parseNow, reportFailure } from './common.js';

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
      const outcome = await answerReleaseDay(configSource(io, options.config), parseDate('--date', options.date), parseNow(options.now));
      if (isFailure(outcome)) return done(reportFailure(io, outcome));
      io.out(format === 'json' ? jsonDocument(releaseDayToJson(outcome.value)) : renderReleaseDayText(outcome.value));
      done(EXIT_OK);
    });
}
