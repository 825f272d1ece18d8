// The octokit client gatehouse talks to GitHub with: @octokit/rest composed with the retry and
// throttling plugins, as the octokit docs recommend (`Octokit.plugin(retry, throttling)`).
// What the plugins do, read in their source (plugin-retry 8.1.1 src/index.ts, error-request.ts,
// wrap-request.ts; plugin-throttling 11.0.5 src/index.ts, wrap-request.ts):
// - retry: every status >= 400 except 400, 401, 403, 404, 410, 422, 451 (so 5xx, and network
//   failures, which @octokit/request reports as 500) is retried `retries` times, waiting
//   (retryCount + 1)^2 * retryAfterBaseValue ms: 1 s, 4 s, 9 s by default.
// - throttling: at most one write per second (1000 ms `minTime` of its `write` group) and one
//   notification-triggering write (pull requests, comments) per 3 s; a 403/429 whose message
//   says "secondary rate" is retried after the `retry-after` header's seconds (60 s when the
//   header is missing) times retryAfterBaseValue ms, when onSecondaryRateLimit returns true.
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';

/**
 * How long waits are. Production uses GitHub's own units (the defaults); tests shrink them so a
 * rate-limit or 5xx scenario runs in milliseconds through the same code paths.
 */
export interface ClientTiming {
  /** Milliseconds per second of `retry-after`, and per unit of the 5xx backoff (default 1000). */
  msPerSecond: number;
  /** Milliseconds between two writes (default: the throttling plugin's 1000 and 3000). */
  writeIntervalMs?: number;
}

export interface ClientOptions {
  /** REST API base URL: https://api.github.com, or https://<host>/api/v3 for GitHub Enterprise. */
  apiUrl: string;
  token: string;
  timing?: ClientTiming;
  /** Where rate-limit waits are reported (never the token: it is not in these messages). */
  warn: (message: string) => void;
}

const RETRIES_AFTER_5XX = 3;
const RETRIES_AFTER_SECONDARY_LIMIT = 3;
/** A primary rate limit that resets within this many seconds is waited for once; longer ones fail. */
const PRIMARY_LIMIT_MAX_WAIT_SECONDS = 60;

const GitHubClient = Octokit.plugin(retry, throttling);
export type Client = InstanceType<typeof GitHubClient>;

export function createClient(options: ClientOptions): Client {
  const msPerSecond = options.timing?.msPerSecond ?? 1000;
  const interval = options.timing?.writeIntervalMs;
  const groups = interval === undefined ? {} : {
    write: new Bottleneck.Group({ maxConcurrent: 1, minTime: interval }),
    notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: interval }),
  };
  const waited = (what: string, seconds: number, request: { method: string; url: string }, attempt: number) =>
    options.warn(`GitHub ${what} on ${request.method} ${request.url}: retrying in ${seconds} s (retry ${attempt + 1})`);
  return new GitHubClient({
    auth: options.token,
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    userAgent: 'gatehouse',
    // Failed requests are reported once, as the command's problems; octokit's own request log would repeat them.
    log: { debug: () => undefined, info: () => undefined, warn: options.warn, error: () => undefined },
    retry: { retries: RETRIES_AFTER_5XX, retryAfterBaseValue: msPerSecond },
    throttle: {
      retryAfterBaseValue: msPerSecond,
      ...groups,
      onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
        if (retryCount >= RETRIES_AFTER_SECONDARY_LIMIT) return false;
        waited('secondary rate limit', retryAfter, request, retryCount);
        return true;
      },
      onRateLimit: (retryAfter, request, _octokit, retryCount) => {
        if (retryCount >= 1 || retryAfter > PRIMARY_LIMIT_MAX_WAIT_SECONDS) return false;
        waited('rate limit', retryAfter, request, retryCount);
        return true;
      },
    },
  });
}
