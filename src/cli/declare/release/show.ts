// `gatehouse release show`: its name, options and help. runReleaseShow in
// src/cli/commands/release/show.ts runs it, imported only then (see src/cli/main.ts).
import type { Command } from 'commander';
import type { CliIo } from '../../io.js';
import { CONFIG_OPTION, formatOption } from '../flags.js';

export const FORMATS = ['text', 'slack', 'json'] as const;

export interface ReleaseShowOptions {
  config?: string;
  format: string;
}

export function registerReleaseShow(release: Command, io: CliIo, done: (code: number) => void): void {
  release
    .command('show')
    .description('validate a manifest and print it: a summary, the Slack message for #production, or the JSON')
    .argument('<manifest>', 'a manifest file')
    .option(...CONFIG_OPTION)
    .option(...formatOption(FORMATS))
    .action(async (manifest: string, options: ReleaseShowOptions) => (await import('../../commands/release/show.js')).runReleaseShow(io, done, manifest, options));
}
