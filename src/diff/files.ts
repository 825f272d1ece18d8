// Which generated files change between two FileSets, and by how many lines. In memory: nothing
// is written, and the FileSets come from the same emitters `generate` runs.
import { diffLines } from 'diff';
import type { FileSet } from '../emit/types.js';
import { compareCodeUnits } from '../util/compare.js';
import type { FileChange } from './types.js';

export function diffFileSets(before: FileSet, after: FileSet): FileChange[] {
  const was = new Map(before.map((f) => [f.path, f.content]));
  const now = new Map(after.map((f) => [f.path, f.content]));
  const paths = [...new Set([...was.keys(), ...now.keys()])].sort(compareCodeUnits);
  return paths.flatMap((path): FileChange[] => {
    const [old, current] = [was.get(path), now.get(path)];
    if (old === current) return [];
    const status = old === undefined ? 'added' : current === undefined ? 'removed' : 'modified';
    return [{ path, status, ...countLines(old ?? '', current ?? '') }];
  });
}

function countLines(before: string, after: string): { linesAdded: number; linesRemoved: number } {
  let linesAdded = 0;
  let linesRemoved = 0;
  for (const part of diffLines(before, after)) {
    if (part.added) linesAdded += part.count;
    else if (part.removed) linesRemoved += part.count;
  }
  return { linesAdded, linesRemoved };
}
