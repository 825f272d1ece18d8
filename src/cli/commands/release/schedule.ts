import type { Command } from 'commander';
import { isFailure } from '../../../app/release-files.js';
import { listSchedule } from '../../../app/release-queries.js';
import { scheduleToJson, upcomingToJson } from '../../../train/render-json.js';
import { renderScheduleText } from '../../../train/render-text.js';
import type { CliIo } from '../../io.js';
import { EXIT_OK, UsageError } from '../../io.js';
import { CONFIG_OPTION, configSource, formatOption, oneOf } from '../../options.js';
import { nowOption, jsonDocument, parseNow, reportFailure } from './common.js';

const FORMATS = ['text', 'json'] as const;

export function registerReleaseSchedule(release: Command, io: CliIo, done: (code: number) => void): void {
  release
    .command('schedule')
    .description("print the train's schedule, its Jenkins cron trigger and the next trains")
    .option('--count <n>', 'how many upcoming trains to list', '5')
    .option(...CONFIG_OPTION)
    .option(...formatOption(FORMATS))
    .addOption(nowOption())
    .action(async (options: { count: string; config?: string; format: string; now?: string }) => {
      const format = oneOf('--format', options.format, FORMATS);
      const count = Number(options.count);
      if (!/^\d+$/.test(options.count) || count < 1 || count > 100) throw new UsageError(`--count must be a whole number from 1 to 100 (got "${options.count}")`);
      const outcome = await listSchedule(configSource(io, options.config), count, parseNow(options.now));
      if (isFailure(outcome)) return done(reportFailure(io, outcome));
      const { value } = outcome;
      io.out(format === 'json' ? jsonDocument({ ...scheduleToJson(value.schedule), upcoming: upcomingToJson(value.upcoming) }) : renderScheduleText(value.schedule, value.upcoming));
      done(EXIT_OK);
    });
}
