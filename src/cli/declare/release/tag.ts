// `gatehouse release tag`: its name, options and help. runReleaseTag in
// src/cli/commands/release/tag.ts runs it, imported only then (see src/cli/main.ts).
import type { Command } from 'commander';
import type { CliIo } from '../../io.js';
import type { GitHubFlags } from '../../github.js';
import { withGitHubOptions } from '../flags.js';

export interface TagFlags extends GitHubFlags {
  module: string;
  sha: string;
  releaseId?: string;
  config?: string;
}

export function registerReleaseTag(release: Command, io: CliIo, done: (code: number) => void): void {
  withGitHubOptions(
    release
      .command('tag')
      .description('tag the commit production runs as <module>-v<version> (annotated) and publish its GitHub release with the notes')
      .requiredOption('--module <name>', 'module in modules.yaml; its version names the tag')
      .requiredOption('--sha <sha>', 'the commit production runs, 7 to 40 hex digits')
      .option('--release-id <id>', "the deployed build's release id, for the tag message (default: from the version and --sha)"),
    false,
  )
    .action(async (flags: TagFlags) => (await import('../../commands/release/tag.js')).runReleaseTag(io, done, flags));
}
