// octokit's errors as the port's GitHubError: status, `METHOD /path` and GitHub's own message
// (with a validation error's details). Never headers, so never the token. A 404 or 410 on a
// lookup means "not there".
import { GitHubError } from '../release/port.js';

/** Runs one request; its failure becomes a GitHubError. */
export async function call<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toGitHubError(error);
  }
}

export async function orUndefined<T>(work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    const failure = toGitHubError(error);
    if (failure instanceof GitHubError && (failure.status === 404 || failure.status === 410)) return undefined;
    throw failure;
  }
}

interface RequestErrorShape {
  status?: number;
  message?: string;
  request?: { method?: string; url?: string };
  response?: { data?: unknown };
}

/** octokit's RequestError as data. Only method, path and GitHub's message: never headers, never the token. */
function toGitHubError(error: unknown): Error {
  if (error instanceof GitHubError) return error;
  const e = error as RequestErrorShape;
  if (typeof e.status !== 'number' || e.request === undefined) return error instanceof Error ? error : new Error(String(error));
  const path = e.request.url === undefined ? '?' : new URL(e.request.url).pathname;
  // @octokit/request reports a request that got no answer at all (DNS, refused connection) as a 500 without a response.
  const status = e.response === undefined ? 0 : e.status;
  return new GitHubError(status, `${e.request.method ?? 'GET'} ${path}`, describe(e.response?.data, e.message ?? ''));
}

function describe(data: unknown, fallback: string): string {
  if (typeof data !== 'object' || data === null) return fallback;
  const { message, errors } = data as { message?: unknown; errors?: unknown };
  const details = Array.isArray(errors) ? errors.map(describeItem) : [];
  return [typeof message === 'string' ? message : fallback, ...details].join('; ');
}

/** One entry of a 422's `errors`: its message, or the whole entry (`{"code": "already_exists", ...}`). */
function describeItem(item: unknown): string {
  if (typeof item === 'string') return item;
  const message = typeof item === 'object' && item !== null ? (item as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : JSON.stringify(item);
}
