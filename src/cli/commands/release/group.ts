// The `release` command group. Each subcommand registers itself from its own file through
// `releaseGroup`, so commands added by different features never edit the same lines.
import type { Command } from 'commander';

export function releaseGroup(program: Command): Command {
  const existing = program.commands.find((command) => command.name() === 'release');
  return existing ?? program.command('release').description('release tooling: release branches, tags and notes on GitHub');
}
