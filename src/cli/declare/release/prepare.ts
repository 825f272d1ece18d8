// `gatehouse release prepare`: its name, options and help. runReleasePrepare in
// src/cli/commands/release/prepare.ts runs it, imported only then (see src/cli/main.ts).
import type { Command } from 'commander';
import type { CliIo } from '../../io.js';
import type { GitHubFlags } from '../../github.js';
import { BUMPS } from '../../../release/notes/render-notes.js';
import { withGitHubOptions } from '../flags.js';

export interface PrepareFlags extends GitHubFlags {
  module?: string[];
  bump?: string;
  config?: string;
  force?: boolean;
}

export function registerReleasePrepare(release: Command, io: CliIo, done: (code: number) => void): void {
  withGitHubOptions(
    release
      .command('prepare')
      .description('release branch, release pull request (notes and checklist) and the bumped version in modules.yaml, for each module with merged pull requests')
      .option('--module <name...>', 'only these modules (repeatable; default: every module with pull requests since its last release)')
      .option('--bump <bump>', `override the bump the labels ask for: ${BUMPS.join(', ')}`),
    true,
  )
    .action(async (flags: PrepareFlags) => (await import('../../commands/release/prepare.js')).runReleasePrepare(io, done, flags));
}
