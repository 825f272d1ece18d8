// `gatehouse sync`: its name, options and help. runSync in
// src/cli/commands/sync.ts runs it, imported only then (see src/cli/main.ts).
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import type { GitHubFlags } from '../github.js';
import { withGitHubOptions } from './flags.js';

export interface SyncFlags extends GitHubFlags {
  module?: string[];
  config?: string;
  force?: boolean;
}

export function registerSync(program: Command, io: CliIo, done: (code: number) => void): void {
  withGitHubOptions(
    program
      .command('sync')
      .description("bring each module's generated Jenkinsfile and chart/ into its repository through a pull request into the base branch")
      .option('--module <name...>', 'only these modules (repeatable; default: every module)'),
    true,
  )
    .action(async (flags: SyncFlags) => (await import('../commands/sync.js')).runSync(io, done, flags));
}
