// A generic diff of two settings trees (parts of the Model), as dotted paths with before/after
// values. Lists of named things (environments, approver roles, allowed vulnerabilities) are
// compared by name or id, so one added environment reads as one change, not a shifted list.
import { compareCodeUnits } from '../util/compare.js';
import type { Json, SettingChange } from './types.js';

type Tree = Json | undefined;

export function diffSettings(before: unknown, after: unknown, path = ''): SettingChange[] {
  return walk(path, toJson(before), toJson(after));
}

/** `value` without `keys`: the part of a Model object that has no change kind of its own. */
export function withoutKeys<T extends object>(value: T, keys: readonly (keyof T)[]): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key as keyof T))) as Partial<T>;
}

function walk(path: string, before: Tree, after: Tree): SettingChange[] {
  if (canonical(before) === canonical(after)) return [];
  const keyedBefore = keyed(before) ?? (isEmptyList(before) && keyed(after) ? [] : undefined);
  const keyedAfter = keyed(after) ?? (isEmptyList(after) && keyed(before) ? [] : undefined);
  if (keyedBefore && keyedAfter) return [...orderChange(path, keyedBefore, keyedAfter), ...walkObjects(path, toObject(keyedBefore), toObject(keyedAfter))];
  if (isObject(before) && isObject(after)) return walkObjects(path, before, after);
  return [{ setting: path, before: before ?? null, after: after ?? null }];
}

function walkObjects(path: string, before: { [key: string]: Json }, after: { [key: string]: Json }): SettingChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(compareCodeUnits);
  return keys.flatMap((key) => walk(path === '' ? key : `${path}.${key}`, before[key], after[key]));
}

/** A keyed list whose common entries swapped places (e.g. environments, promoted in order). */
function orderChange(path: string, before: [string, Json][], after: [string, Json][]): SettingChange[] {
  const common = new Set(before.map(([key]) => key).filter((key) => after.some(([k]) => k === key)));
  const order = (list: [string, Json][]) => list.map(([key]) => key).filter((key) => common.has(key));
  const [was, now] = [order(before), order(after)];
  return canonical(was) === canonical(now) ? [] : [{ setting: `${path} (order)`, before: was, after: now }];
}

/** A list of objects that all carry a string `name` (or `id`), as [key, rest] pairs; else undefined. */
function keyed(value: Tree): [string, Json][] | undefined {
  if (!Array.isArray(value) || value.length === 0 || !value.every(isObject)) return undefined;
  for (const field of ['name', 'id']) {
    const objects = value as { [key: string]: Json }[];
    if (objects.every((o) => typeof o[field] === 'string')) {
      return objects.map((o) => {
        const rest = Object.fromEntries(Object.entries(o).filter(([k]) => k !== field));
        return [o[field] as string, rest];
      });
    }
  }
  return undefined;
}

function isEmptyList(value: Tree): boolean {
  return Array.isArray(value) && value.length === 0;
}

function toObject(entries: [string, Json][]): { [key: string]: Json } {
  return Object.fromEntries(entries);
}

function isObject(value: Tree): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Plain JSON data: drops undefined properties, as the Model's optional keys are. */
function toJson(value: unknown): Tree {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Json);
}

/** JSON with sorted object keys: equal data, equal text, whatever order the YAML wrote keys in. */
export function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => compareCodeUnits(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
