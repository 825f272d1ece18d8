// `gatehouse release voters`: its name, options and help. runReleaseVoters in
// src/cli/commands/release/voters.ts runs it, imported only then (see src/cli/main.ts).
import type { Command } from 'commander';
import type { CliIo } from '../../io.js';
import { CONFIG_OPTION, formatOption, nowOption } from '../flags.js';

export const FORMATS = ['text', 'json'] as const;

export interface ReleaseVotersOptions {
  config?: string;
  format: string;
  now?: string;
}

export function registerReleaseVoters(release: Command, io: CliIo, done: (code: number) => void): void {
  release
    .command('voters')
    .description('list the ballots of a train: who may vote, what a NOGO does, and how long the vote stays open')
    .argument('<manifest>', 'the manifest the vote is about')
    .option(...CONFIG_OPTION)
    .option(...formatOption(FORMATS))
    .addOption(nowOption())
    .action(async (manifest: string, options: ReleaseVotersOptions) => (await import('../../commands/release/voters.js')).runReleaseVoters(io, done, manifest, options));
}
