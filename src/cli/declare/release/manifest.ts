// `gatehouse release manifest`: its name, options and help. runReleaseManifest in
// src/cli/commands/release/manifest.ts runs it, imported only then (see src/cli/main.ts).
import type { Command } from 'commander';
import type { CliIo } from '../../io.js';
import { CONFIG_OPTION, formatOption, nowOption } from '../flags.js';

export const FORMATS = ['text', 'json'] as const;

export interface ManifestOptions {
  candidates?: string;
  manifest?: string;
  trainId?: string;
  date?: string;
  hotfix?: string;
  reason?: string;
  drop: string[];
  buildUrl?: string;
  out?: string;
  config?: string;
  format: string;
  now?: string;
}

export function registerReleaseManifest(release: Command, io: CliIo, done: (code: number) => void): void {
  release
    .command('manifest')
    .description('plan a train from the candidates (or narrow a manifest with --drop) and print or write its manifest')
    .option('--candidates <file>', 'candidates JSON the pipeline collected (release-candidates.schema.json)')
    .option('--manifest <file>', 'an existing manifest to drop modules from, instead of --candidates')
    .option('--train-id <id>', 'unique train id (default: <project>-<date>, -hotfix for a hotfix)')
    .option('--date <yyyy-mm-dd>', "the train's day in release.timeZone (default: today there)")
    .option('--hotfix <modules>', 'a hotfix run: only these modules (comma or space separated); needs --reason')
    .option('--reason <text>', 'why the hotfix cannot wait for the next train')
    .option('--drop <module=reason>', 'drop a module (NOGO) and every module of the train that depends on it (repeatable)', collect, [])
    .option('--build-url <url>', 'the Jenkins build planning the train')
    .option('--out <file>', 'also write the manifest JSON to this file')
    .option(...CONFIG_OPTION)
    .option(...formatOption(FORMATS))
    .addOption(nowOption())
    .action(async (options: ManifestOptions) => (await import('../../commands/release/manifest.js')).runReleaseManifest(io, done, options));
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
