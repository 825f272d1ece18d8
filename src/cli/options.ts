// Flag helpers shared by commands.
import { resolve } from 'node:path';
import type { ConfigSource } from '../app/load-project.js';
import type { CliIo } from './io.js';
import { UsageError } from './io.js';
import { DEFAULT_CONFIG } from '../util/paths.js';
import { SHA_PATTERN } from '../version/scheme.js';

/** The --config flag's declaration, for `.option(...CONFIG_OPTION)`: every command reads modules.yaml. */
export const CONFIG_OPTION = ['--config <file>', "modules.yaml to read (default: the repository's)"] as const;

/**
 * The --format flag's declaration, for `.option(...formatOption(FORMATS))`: the first format is
 * the default, and the help lists the same formats `oneOf('--format', ...)` accepts.
 */
export function formatOption(formats: readonly [string, ...string[]]): [string, string, string] {
  const listed = formats.length === 1 ? formats[0] : `${formats.slice(0, -1).join(', ')} or ${formats[formats.length - 1]}`;
  return ['--format <format>', listed, formats[0]];
}

/** The --config flag: the file to read, named in diagnostics as the user typed it. */
export function configSource(io: CliIo, config: string | undefined): ConfigSource {
  return config === undefined
    ? { path: DEFAULT_CONFIG, displayName: 'modules.yaml' }
    : { path: resolve(io.cwd, config), displayName: config };
}

export function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
}

/** Git prints lower-case shas; upper case is accepted and normalised so ids stay comparable. */
export function parseSha(text: string): string {
  const sha = text.toLowerCase();
  if (!SHA_PATTERN.test(sha)) throw new UsageError(`--sha must be 7 to 40 hex digits (got "${text}")`);
  return sha;
}
