// `gatehouse release decide`: its name, options and help. runReleaseDecide in
// src/cli/commands/release/decide.ts runs it, imported only then (see src/cli/main.ts).
import type { Command } from 'commander';
import type { CliIo } from '../../io.js';
import { CONFIG_OPTION, formatOption } from '../flags.js';

export const FORMATS = ['text', 'json'] as const;

export interface DecideOptions {
  votes: string;
  out?: string;
  config?: string;
  format: string;
}

export function registerReleaseDecide(release: Command, io: CliIo, done: (code: number) => void): void {
  release
    .command('decide')
    .description('apply the go/no-go votes to a manifest: cancel the train, or drop the modules voted out (and their dependents)')
    .argument('<manifest>', 'the manifest written before the vote')
    .requiredOption('--votes <file>', 'the votes cast before the vote closed (release-votes.schema.json)')
    .option('--out <file>', 'also write the decided manifest JSON to this file')
    .option(...CONFIG_OPTION)
    .option(...formatOption(FORMATS))
    .action(async (manifest: string, options: DecideOptions) => (await import('../../commands/release/decide.js')).runReleaseDecide(io, done, manifest, options));
}
