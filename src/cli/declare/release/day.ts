// `gatehouse release day`: its name, options and help. runReleaseDay in
// src/cli/commands/release/day.ts runs it, imported only then (see src/cli/main.ts).
import type { Command } from 'commander';
import type { CliIo } from '../../io.js';
import { CONFIG_OPTION, formatOption, nowOption } from '../flags.js';

export const FORMATS = ['text', 'json'] as const;

export interface ReleaseDayOptions {
  date?: string;
  config?: string;
  format: string;
  now?: string;
}

export function registerReleaseDay(release: Command, io: CliIo, done: (code: number) => void): void {
  release
    .command('day')
    .description('say whether a date (default: today in release.timeZone) is a release day, and why not')
    .option('--date <yyyy-mm-dd>', 'the date in release.timeZone (default: today there)')
    .option(...CONFIG_OPTION)
    .option(...formatOption(FORMATS))
    .addOption(nowOption())
    .action(async (options: ReleaseDayOptions) => (await import('../../commands/release/day.js')).runReleaseDay(io, done, options));
}
