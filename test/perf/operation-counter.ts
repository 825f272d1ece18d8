// Counts array work deterministically, for the complexity test: every element an array method
// may visit (find, includes, indexOf, filter, map, some, sort comparisons, ...) and every element
// iterated (for-of, spread, Array.from, new Set(array)). A linear scan inside a loop, the usual
// shape of an accidental O(n^2), shows up as counts that quadruple when the input doubles. Only
// ever installed in a child process (see complexity.test.ts): it slows every array down.

const SCANNING = ['find', 'findIndex', 'findLast', 'findLastIndex', 'includes', 'indexOf', 'lastIndexOf', 'some', 'every', 'filter', 'map', 'flatMap', 'forEach', 'reduce', 'reduceRight', 'join', 'slice', 'concat', 'flat'] as const;

let count = 0;

export function operations(): number {
  return count;
}

export function installOperationCounter(): void {
  const proto = Array.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of SCANNING) {
    const original = proto[name] as (this: unknown[], ...args: unknown[]) => unknown;
    proto[name] = function (this: unknown[], ...args: unknown[]) {
      count += this.length;
      return original.apply(this, args);
    };
  }
  const sort = Array.prototype.sort;
  Array.prototype.sort = function <T>(this: T[], compare?: (a: T, b: T) => number) {
    const counting = (a: T, b: T) => {
      count += 1;
      return compare ? compare(a, b) : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
    };
    return sort.call(this, counting) as T[];
  };
  const values = Array.prototype[Symbol.iterator];
  Array.prototype[Symbol.iterator] = function* <T>(this: T[]): Generator<T> {
    for (const item of values.call(this) as IterableIterator<T>) {
      count += 1;
      yield item;
    }
  } as typeof values;
}
