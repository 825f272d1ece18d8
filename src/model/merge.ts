// The merge rule for defaults and overrides: objects merge key by key, everything else
// (lists, scalars) replaces. One rule everywhere, so users can predict every result.
// An override key whose value is undefined (absent) keeps the base; YAML null never gets here
// because the schema rejects it.
//
// Written with plain loops: building the Model merges the defaults into every module and every
// environment, thousands of times at thousands of modules.

type Data = Record<string, unknown>;

function isObject(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** base with override merged in; neither argument is modified, the result shares no objects with them. */
export function mergeValues<T>(base: T, override: unknown): T {
  return copy(mergeShared(base, override));
}

/**
 * The same merge for a reader that never modifies the result: it shares with base and override
 * every part the merge leaves as it is, and allocates only along the keys the override sets.
 */
export function mergeShared<T>(base: T, override: unknown): T {
  if (override === undefined) return base;
  if (!isObject(base) || !isObject(override)) return override as T;
  // The base's keys in their order, then the keys only the override has, in its order: setting
  // a key again keeps its place. Base first, so only the override's few keys are looked up in
  // the other object, not the base's many (the defaults have every key).
  const merged: Data = {};
  for (const key of Object.keys(base)) setData(merged, key, base[key]);
  for (const key of Object.keys(override)) {
    const value = override[key];
    if (value === undefined) continue;
    setData(merged, key, Object.prototype.propertyIsEnumerable.call(base, key) ? mergeShared(base[key], value) : value);
  }
  return merged as T;
}

function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copy) as T;
  if (!isObject(value)) return value;
  const copied: Data = {};
  for (const key of Object.keys(value)) setData(copied, key, copy(value[key]));
  return copied as T;
}

/** `object[key] = value`, except that a key named `__proto__` is data (an env var may be called that), not the prototype. */
function setData(object: Data, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  else object[key] = value;
}
