// What every emitter returns: files as data. Only src/output writes them.
import { compareCodeUnits } from '../util/compare.js';

export interface GeneratedFile {
  /** POSIX path relative to the output directory, e.g. `library/vars/deploy.groovy`. */
  path: string;
  content: string;
}

/** Sorted by path; emitters build it with `toFileSet` so order never depends on iteration. */
export type FileSet = readonly GeneratedFile[];

export function toFileSet(files: Iterable<GeneratedFile>): FileSet {
  const sorted = [...files].sort((a, b) => compareCodeUnits(a.path, b.path));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]?.path === sorted[i - 1]?.path) throw new Error(`internal: two emitters produce ${sorted[i]?.path}`);
  }
  return sorted;
}

/** The directory of everything generated for one module: the unit `emitUnits` may skip as a whole. */
export function moduleDir(name: string): string {
  return `modules/${name}`;
}

/** The module a generated file belongs to (under moduleDir), or undefined for project-wide files. */
export function moduleOfPath(path: string): string | undefined {
  return /^modules\/([^/]+)\//.exec(path)?.[1];
}

/**
 * Files computed from the same inputs, which the writer may skip together while those inputs are
 * unchanged (see src/output/seal.ts).
 */
export interface EmitUnit {
  /** The directory holding the unit's files and no other unit's; '' for the project-wide unit, which owns every other path. */
  dir: string;
  /** Digest of every argument `emit` reads; absent for a unit that is always emitted. */
  inputKey?: string;
  emit(): GeneratedFile[];
}
