// `gatehouse library`: its name, options and help. runLibrary in
// src/cli/commands/library.ts runs it, imported only then (see src/cli/main.ts).
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import type { GitHubFlags } from '../github.js';
import { withGitHubOptions } from './flags.js';

export interface PublishFlags extends GitHubFlags {
  config?: string;
  force?: boolean;
}

export function registerLibrary(program: Command, io: CliIo, done: (code: number) => void): void {
  withGitHubOptions(
    program
      .command('library')
      .description('the shared library on GitHub')
      .command('publish')
      .description('push generated/library/ to project.library.repository and tag it project.library.version (a tag never moves)'),
    true,
  )
    .action(async (flags: PublishFlags) => (await import('../commands/library.js')).runLibrary(io, done, flags));
}
