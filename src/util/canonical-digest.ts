// A SHA-256 of a plain data value that changes whenever anything a function could observe in it
// changes: every property in its own iteration order (a template that loops over a record prints
// it in that order), `undefined` apart from a missing key, -0 apart from 0, and which objects are
// shared (the emitters compare stage objects by identity). Values a plain-data digest cannot see
// into (Map, Set, class instances, functions) are refused, so a new field of such a type fails
// loudly in the tests instead of making two different inputs look the same.
import { createHash, hash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { cappedMemo } from './capped-memo.js';

/**
 * Collects the encoding in a string and hashes it in large chunks: one hash call per value would
 * cost more than the rest. Most encodings (a module's input) fit in one chunk and are hashed in
 * one call, without a Hash object.
 */
class Sink {
  private hash: Hash | undefined;
  private buffered = '';

  update(text: string): this {
    this.buffered += text;
    if (this.buffered.length > 1 << 16) this.flush();
    return this;
  }

  digest(): string {
    return this.hash === undefined ? hash('sha256', this.buffered, 'hex') : this.hash.update(this.buffered).digest('hex');
  }

  private flush(): void {
    (this.hash ??= createHash('sha256')).update(this.buffered);
    this.buffered = '';
  }
}

/** Keys repeat in every module (`chart`, `resources`, ...): each is encoded once. */
const encodedKey = cappedMemo((key) => 'k' + JSON.stringify(key));

export function canonicalDigest(value: unknown): string {
  const sink = new Sink();
  encode(value, sink, new Map());
  return sink.digest();
}

function encode(value: unknown, sink: Sink, seen: Map<object, number>): void {
  switch (typeof value) {
    case 'string':
      sink.update('s' + JSON.stringify(value));
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`internal: cannot digest the number ${value}`);
      sink.update(Object.is(value, -0) ? 'n-0;' : `n${value};`);
      return;
    case 'boolean':
      sink.update(value ? 't' : 'f');
      return;
    case 'undefined':
      sink.update('u');
      return;
    case 'object':
      if (value === null) sink.update('0');
      else encodeObject(value, sink, seen);
      return;
    default:
      throw new Error(`internal: cannot digest a ${typeof value}`);
  }
}

function encodeObject(value: object, sink: Sink, seen: Map<object, number>): void {
  const earlier = seen.get(value);
  if (earlier !== undefined) {
    sink.update(`r${earlier};`);
    return;
  }
  seen.set(value, seen.size);
  if (Array.isArray(value)) {
    sink.update(`[${value.length};`);
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) throw new Error('internal: cannot digest an array with holes');
      encode(value[i], sink, seen);
    }
    sink.update(']');
    return;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new Error(`internal: cannot digest a ${value.constructor.name}; only plain objects and arrays`);
  }
  if (Object.getOwnPropertySymbols(value).length > 0) throw new Error('internal: cannot digest symbol keys');
  sink.update('{');
  for (const key of Object.keys(value)) {
    sink.update(encodedKey(key));
    encode((value as Record<string, unknown>)[key], sink, seen);
  }
  sink.update('}');
}
