// Flag helpers shared by commands.
import { resolve } from 'node:path';
import type { CliIo } from './io.js';
import { UsageError } from './io.js';
import { DEFAULT_CONFIG } from '../util/paths.js';

export function configPath(io: CliIo, config: string | undefined): string {
  return config === undefined ? DEFAULT_CONFIG : resolve(io.cwd, config);
}

/** The name diagnostics print: as the user typed it, or `modules.yaml` for the default. */
export function configDisplayName(config: string | undefined): string {
  return config ?? 'modules.yaml';
}

export function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
}
