// The merge rule for defaults and overrides: objects merge key by key, everything else
// (lists, scalars) replaces. One rule everywhere, so users can predict every result.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function mergeValues<T>(base: T, override: unknown): T {
  if (override === undefined) return base;
  if (!isObject(base) || !isObject(override)) return override as T;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = mergeValues(merged[key], value);
  return merged as T;
}
