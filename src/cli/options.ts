// Flag helpers shared by commands.
import { resolve } from 'node:path';
import type { ConfigSource } from '../app/load-project.js';
import type { CliIo } from './io.js';
import { UsageError } from './io.js';
import { DEFAULT_CONFIG } from '../util/paths.js';

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
