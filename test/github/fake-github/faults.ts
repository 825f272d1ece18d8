// Failures the tests inject: a secondary rate limit with retry-after, a 502, or an outage after
// some number of writes (a run "interrupted" half-way). Each answers instead of the handler.
import type { Reply } from './reply.js';

export interface Fault {
  /** Which requests it hits: `METHOD operationId`, e.g. `POST git/create-tree`, or `write` for any write. */
  on: string;
  /** How many matching requests it answers before it is used up. */
  times: number;
  reply: Reply;
}

export function secondaryRateLimit(on: string, retryAfterSeconds: number, times = 1): Fault {
  return {
    on,
    times,
    reply: {
      status: 403,
      headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-remaining': '4000' },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: '403',
      },
    },
  };
}

export function badGateway(on: string, times = 1): Fault {
  return { on, times, reply: { status: 502, body: { message: 'Server Error' } } };
}

export class Faults {
  private readonly pending: Fault[] = [];
  /** Writes still allowed before every write fails with 503 (undefined: no limit). */
  private writesLeft: number | undefined;

  add(fault: Fault): void {
    this.pending.push({ ...fault });
  }

  /** After `count` more successful writes, every write answers 503 until `restore()`. */
  failWritesAfter(count: number): void {
    this.writesLeft = count;
  }

  restore(): void {
    this.writesLeft = undefined;
    this.pending.length = 0;
  }

  /** The injected answer for this request, if any (and counts it). */
  take(method: string, operationId: string): Reply | undefined {
    const write = method !== 'GET';
    if (write && this.writesLeft !== undefined) {
      if (this.writesLeft <= 0) return { status: 503, body: { message: 'fake-github: outage (the run was interrupted)' } };
    }
    const index = this.pending.findIndex((f) => f.on === `${method} ${operationId}` || (f.on === 'write' && write));
    if (index >= 0) {
      const fault = this.pending[index]!;
      fault.times -= 1;
      if (fault.times <= 0) this.pending.splice(index, 1);
      return fault.reply;
    }
    return undefined;
  }

  /** Counts a write that was answered by a handler. */
  wrote(): void {
    if (this.writesLeft !== undefined) this.writesLeft -= 1;
  }
}
