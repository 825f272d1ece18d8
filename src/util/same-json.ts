// Whether two values have the same JSON text, without writing either: the chart emitter compares
// each environment's values with the module's defaults this way, key by key, and stringifying both
// sides cost more than building the values (64 of 119 ms at 1000 modules). A walk writes nothing
// and stops at the first difference. Anything but arrays and objects of the plain prototype
// (class instances, anything with a toJSON method) and every differing primitive are handed to
// JSON.stringify itself, so the answer is always JSON.stringify(a) === JSON.stringify(b).

/** `JSON.stringify(a) === JSON.stringify(b)`, for acyclic values. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const kindA = collectionKind(a);
  const kindB = collectionKind(b);
  if (kindA === undefined || kindB === undefined) return JSON.stringify(a) === JSON.stringify(b);
  if (kindA !== kindB) return false;
  return kindA === 'array' ? sameItems(a as unknown[], b as unknown[]) : sameMembers(a as Record<string, unknown>, b as Record<string, unknown>);
}

/** What JSON.stringify writes item by item or member by member; undefined for anything else. */
function collectionKind(value: unknown): 'array' | 'object' | undefined {
  if (typeof value !== 'object' || value === null || typeof (value as { toJSON?: unknown }).toJSON === 'function') return undefined;
  if (Array.isArray(value)) return 'array';
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null ? 'object' : undefined;
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameJson(asItem(a[i]), asItem(b[i]))) return false;
  return true;
}

/** The own enumerable string keys JSON.stringify writes, in its order, with their values. */
function sameMembers(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < keysA.length && !isWritten(a[keysA[i] as string])) i++;
    while (j < keysB.length && !isWritten(b[keysB[j] as string])) j++;
    if (i === keysA.length || j === keysB.length) return i === keysA.length && j === keysB.length;
    const key = keysA[i] as string;
    if (key !== keysB[j] || !sameJson(a[key], b[key])) return false;
    i++;
    j++;
  }
}

/** JSON.stringify leaves out a member whose value is undefined, a function or a symbol... */
function isWritten(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

/** ...and writes such an array item as null. */
function asItem(value: unknown): unknown {
  return isWritten(value) ? value : null;
}
