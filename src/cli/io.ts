// What a command may touch of the outside world, passed in so commands run in-process in tests.
import type { ClientTiming } from '../github/client.js';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Colour only on a TTY and never when NO_COLOR is set. */
  color: boolean;
  cwd: string;
  /** The environment (GITHUB_TOKEN); absent means empty. */
  env?: Readonly<Record<string, string | undefined>>;
  /** How long GitHub retries wait; tests shrink it, the real CLI leaves GitHub's own units. */
  githubTiming?: ClientTiming;
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** Thrown by commands for a usage error (bad flag value); main maps it to exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
