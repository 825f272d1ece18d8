// Expands report globs on disk (see src/gate/glob.ts for the pattern language). Symlinked
// directories are not descended by `**`, so a link loop cannot hang the gate.
import { readdir } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { hasWildcards, matchesSegment, parseGlob } from '../gate/glob.js';

/** Matching files as display paths (relative patterns stay relative), sorted by code unit. */
export async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  if (!hasWildcards(pattern)) return [pattern];
  const { base, segments } = parseGlob(pattern);
  const found = new Set<string>();
  const absolute = (display: string) => (isAbsolute(display) ? display : join(cwd, display));
  const walk = async (display: string, index: number): Promise<void> => {
    const segment = segments[index];
    if (segment === undefined) return;
    const last = index === segments.length - 1;
    if (segment.kind === 'globstar') {
      await walk(display, index + 1);
      if (last) return;
    }
    for (const entry of await listDirectory(absolute(display || '.'))) {
      if (!matchesSegment(segment, entry.name)) continue;
      const path = display === '' ? entry.name : display === '/' ? `/${entry.name}` : `${display}/${entry.name}`;
      if (segment.kind === 'globstar') {
        if (entry.isDirectory()) await walk(path, index);
      } else if (last) {
        if (entry.isFile() || entry.isSymbolicLink()) found.add(path);
      } else if (entry.isDirectory() || entry.isSymbolicLink()) await walk(path, index + 1);
    }
  };
  await walk(base, 0);
  return [...found].sort(compareCodeUnits);
}

async function listDirectory(dir: string) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
