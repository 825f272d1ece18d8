// What a command may touch of the outside world, passed in so commands run in-process in tests.
import type { ClientTiming } from '../github/client.js';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /**
   * Colour per stream, decided for each on its own (src/cli/color.ts): `gatehouse check 2>log`
   * on a terminal colours the report on stdout and nothing in the log.
   */
  color: { out: boolean; err: boolean };
  cwd: string;
  /** Environment variables gatehouse reads (GATEHOUSE_CONFIG, GITHUB_TOKEN); absent in tests means none. */
  env?: Readonly<Record<string, string | undefined>>;
  /** How long GitHub retries wait; tests shrink it, the real CLI leaves GitHub's own units. */
  githubTiming?: ClientTiming;
}

/** No colour on either stream: what tests and pipes get. */
export const NO_COLOR = { out: false, err: false } as const;

// The exit-code rule, one for every command (docs/cli-conventions.md; src/cli/exit-code.ts maps
// diagnostics to it; test/cli/exit-codes.test.ts proves it per command):
/** Done, and nothing is wrong. */
export const EXIT_OK = 0;
/** Done, and something is wrong with the input or the result: invalid modules.yaml, a malformed
 * report, a stale or refused output tree, a build below the required channel. */
export const EXIT_PROBLEMS = 1;
/** Not done: a bad command line (unknown flag or module, bad value), a file that cannot be found
 * or read, a disk failure, or a bug. */
export const EXIT_USAGE = 2;

/** Thrown by commands for a usage error (bad flag value); main reports it as GH006, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
