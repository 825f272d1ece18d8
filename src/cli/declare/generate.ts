// `gatehouse generate`: its name, options and help. runGenerate in
// src/cli/commands/generate.ts runs it, imported only then (see src/cli/main.ts).
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { CONFIG_OPTION, formatOption, OUT_OPTION } from './flags.js';

export const FORMATS = ['text', 'json'] as const;

export interface GenerateOptions {
  config?: string;
  out?: string;
  force?: boolean;
  format: string;
}

export function registerGenerate(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('generate')
    .description('write generated/ from modules.yaml (atomic; never overwrites a hand-edited file without --force)')
    .option(...CONFIG_OPTION)
    .option(...OUT_OPTION)
    .option('--force', 'overwrite hand-edited files and files gatehouse did not write, remove hand-edited orphans')
    .option(...formatOption(FORMATS))
    .action(async (options: GenerateOptions) => (await import('../commands/generate.js')).runGenerate(io, done, options));
}
