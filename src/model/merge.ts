// The merge rule for defaults and overrides: objects merge key by key, everything else
// (lists, scalars) replaces. One rule everywhere, so users can predict every result.
// An override key whose value is undefined (absent) keeps the base; YAML null never gets here
// because the schema rejects it.

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** base with override merged in; neither argument is modified, the result shares no objects with them. */
export function mergeValues<T>(base: T, override: unknown): T {
  if (override === undefined) return copy(base);
  if (!isObject(base) || !isObject(override)) return copy(override) as T;
  const merged: Record<string, unknown> = copy(base);
  for (const [key, value] of Object.entries(override)) {
    if (value !== undefined) merged[key] = mergeValues(merged[key], value);
  }
  return merged as T;
}

function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => copy(item)) as T;
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)])) as T;
  return value;
}
