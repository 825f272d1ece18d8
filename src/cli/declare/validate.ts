// `gatehouse validate`: its name, options and help. runValidate in
// src/cli/commands/validate.ts runs it, imported only then (see src/cli/main.ts).
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { CONFIG_OPTION, formatOption } from './flags.js';

export const FORMATS = ['text', 'json'] as const;

export interface ValidateOptions {
  config?: string;
  format: string;
}

export function registerValidate(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('validate')
    .description('check modules.yaml against the schema and the semantic rules; report every problem')
    .option(...CONFIG_OPTION)
    .option(...formatOption(FORMATS))
    .action(async (options: ValidateOptions) => (await import('../commands/validate.js')).runValidate(io, done, options));
}
