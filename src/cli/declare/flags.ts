// The flags several commands declare: --config, --format, --out, the GitHub commands' flags and
// the hidden --now. Declarations only (commander and constants), so that declaring every command
// stays cheap; parsing their values is in ../options.ts.
import { Option } from 'commander';
import type { Command } from 'commander';

/** The --config flag's declaration, for `.option(...CONFIG_OPTION)`: every command reads modules.yaml. */
export const CONFIG_OPTION = [
  '--config <file>',
  'modules.yaml to read (default: $GATEHOUSE_CONFIG, else the nearest modules.yaml in the current directory or above)',
] as const;

/**
 * The --format flag's declaration, for `.option(...formatOption(FORMATS))`: the first format is
 * the default, and the help lists the same formats `oneOf('--format', ...)` accepts. Every
 * command offers 'json' (docs/cli-conventions.md).
 */
export function formatOption(formats: readonly [string, ...string[]]): [string, string, string] {
  const listed = formats.length === 1 ? formats[0] : `${formats.slice(0, -1).join(', ')} or ${formats[formats.length - 1]}`;
  return ['--format <format>', listed, formats[0]];
}

/** The --out flag's declaration (generate and check), for `.option(...OUT_OPTION)`. */
export const OUT_OPTION = ['--out <dir>', 'output directory (default: generated/ next to the config file)'] as const;

export const GITHUB_FORMATS = ['text', 'json'] as const;

/** The flags every GitHub command takes: --config, --format, --dry-run, and (for those that write files) --force. */
export function withGitHubOptions(command: Command, writesFiles: boolean): Command {
  command
    .option(...CONFIG_OPTION)
    .option(...formatOption(GITHUB_FORMATS))
    .option('--dry-run', 'print the operations and change nothing');
  return writesFiles ? command.option('--force', 'overwrite files edited by hand (or not written by gatehouse) in the target repository') : command;
}

/** `--now`, hidden: the instant the command acts at (tests and replays); default the clock. */
export function nowOption(): Option {
  return new Option('--now <instant>', 'act as if it were this ISO 8601 instant').hideHelp();
}
