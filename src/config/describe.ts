// Words for paths, values and types in messages.
import type { PathSegment } from './finding.js';

/** `modules.auth.dependsOn[0]`, or `the top level` for the root. */
export function describePath(path: readonly PathSegment[]): string {
  if (path.length === 0) return 'the top level';
  return path
    .map((segment, index) => (/^\d+$/.test(String(segment)) ? `[${segment}]` : index === 0 ? String(segment) : `.${segment}`))
    .join('');
}

export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'mapping';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** `in modules.auth`, or `at the top level`. */
export function inPath(path: readonly PathSegment[]): string {
  return path.length === 0 ? 'at the top level' : `in ${describePath(path)}`;
}
