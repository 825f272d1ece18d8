// `gatehouse release schedule`: its name, options and help. runReleaseSchedule in
// src/cli/commands/release/schedule.ts runs it, imported only then (see src/cli/main.ts).
import type { Command } from 'commander';
import type { CliIo } from '../../io.js';
import { CONFIG_OPTION, formatOption, nowOption } from '../flags.js';

export const FORMATS = ['text', 'json'] as const;

export interface ReleaseScheduleOptions {
  count: string;
  config?: string;
  format: string;
  now?: string;
}

export function registerReleaseSchedule(release: Command, io: CliIo, done: (code: number) => void): void {
  release
    .command('schedule')
    .description("print the train's schedule, its Jenkins cron trigger and the next trains")
    .option('--count <n>', 'how many upcoming trains to list', '5')
    .option(...CONFIG_OPTION)
    .option(...formatOption(FORMATS))
    .addOption(nowOption())
    .action(async (options: ReleaseScheduleOptions) => (await import('../../commands/release/schedule.js')).runReleaseSchedule(io, done, options));
}
