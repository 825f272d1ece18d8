// What a handler returns, and the error bodies GitHub sends (shapes as documented and as GitHub
// answers them: `message`, `documentation_url`, and for 422 the `errors` list).
import type { FakeRepo } from './state.js';
import type { Payloads } from './payloads.js';
import type { FakeState } from './state.js';

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Call {
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  repo: FakeRepo;
  /** The request URL without its query, for pagination links. */
  url: string;
}

export interface HandlerContext {
  state: FakeState;
  payloads: Payloads;
  /** Login of the token's user: author of everything the client creates. */
  login: string;
}

export type Handler = (ctx: HandlerContext, call: Call) => Reply;

const DOCS = 'https://docs.github.com/rest';

export function ok(body: unknown, status = 200): Reply {
  return { status, body };
}

export function notFound(): Reply {
  return { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
}

export function conflict(message: string): Reply {
  return { status: 409, body: { message, documentation_url: DOCS, status: '409' } };
}

/** 422 with only a message, as git ref endpoints answer ("Reference already exists"). */
export function unprocessable(message: string): Reply {
  return { status: 422, body: { message, documentation_url: DOCS, status: '422' } };
}

/** 422 "Validation Failed" with its errors list, as pulls and releases answer. */
export function validationFailed(errors: Record<string, unknown>[]): Reply {
  return { status: 422, body: { message: 'Validation Failed', errors, documentation_url: DOCS, status: '422' } };
}

/** One page of a list, with GitHub's Link header (rel="next"/"last") when there are more. */
export function page<T>(call: Call, items: readonly T[], render: (item: T) => unknown): Reply {
  const perPage = Math.min(Number(call.query.get('per_page') ?? 30), 100);
  const current = Number(call.query.get('page') ?? 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((current - 1) * perPage, current * perPage).map(render);
  return { status: 200, body: slice, headers: linkHeader(call, current, last) };
}

export function linkHeader(call: Call, current: number, last: number): Record<string, string> {
  if (current >= last) return {};
  const link = (n: number) => {
    const query = new URLSearchParams(call.query);
    query.set('page', String(n));
    return `${call.url}?${query.toString()}`;
  };
  return { link: `<${link(current + 1)}>; rel="next", <${link(last)}>; rel="last"` };
}
