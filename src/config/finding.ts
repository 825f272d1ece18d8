// A problem found in the configuration before it has a position: rules and the schema checker
// produce findings (pure, on plain data); locate.ts turns them into Diagnostics using the file's
// positions (the plain-YAML reader's table, or the YAML document's node ranges).
import type { Code } from '../diagnostics/codes.js';

export type PathSegment = string | number;

export interface Finding {
  code: Code;
  message: string;
  /** Path of the offending node from the document root. */
  path: PathSegment[];
  /** Point at the mapping key (unknown key, bad name) or at the value (wrong value). */
  target: 'key' | 'value';
  hint?: string;
  /**
   * The places a problem spans (each edge of a dependency cycle). The message lists each with
   * its line, in file order, and the diagnostic points at the last of them: where a reader going
   * down the file meets the problem complete. `path` is then only a fallback.
   */
  related?: { path: PathSegment[]; label: string }[];
}

/**
 * Runs `visit` with `segment` added to the end of `path`, then takes it off again: walks that
 * visit every node of the file share one path and copy it only for a finding.
 */
export function atSegment(path: PathSegment[], segment: PathSegment, visit: () => void): void {
  path.push(segment);
  visit();
  path.pop();
}

/** RFC 6901 JSON pointer of a path. */
export function toPointer(path: readonly PathSegment[]): string {
  return path.map((segment) => '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** The path of an RFC 6901 JSON pointer ('' is the root). Numeric segments stay strings. */
export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
