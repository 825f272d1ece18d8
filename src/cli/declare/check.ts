// `gatehouse check`: its name, options and help. runCheck in
// src/cli/commands/check.ts runs it, imported only then (see src/cli/main.ts).
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { CONFIG_OPTION, formatOption, OUT_OPTION } from './flags.js';

export const FORMATS = ['text', 'json'] as const;

export interface CheckOptions {
  config?: string;
  out?: string;
  format: string;
}

export function registerCheck(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('check')
    .description('write nothing; exit 1 when generated/ is not exactly what generate would write')
    .option(...CONFIG_OPTION)
    .option(...OUT_OPTION)
    .option(...formatOption(FORMATS))
    .action(async (options: CheckOptions) => (await import('../commands/check.js')).runCheck(io, done, options));
}
