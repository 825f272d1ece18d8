// Which unit owns a path, and whether an emitted path is one the writer may create. Each module
// unit owns its directory; the project-wide unit ('') owns every other path. An emitted path that
// breaks these rules is a bug in an emitter, reported as such. Pure.
import { MANIFEST_NAME } from './manifest.js';
import { unsafePathReason } from './safe-path.js';

/** Top-level names the writer keeps for itself: manifest, lock, staging, pending manifest. */
const RESERVED_PREFIX = '.gatehouse-';

export class UnitDirs {
  private readonly dirs: ReadonlySet<string>;
  /** Every directory a module unit's directory sits in, e.g. `modules` for `modules/auth`. */
  private readonly ancestors: ReadonlySet<string>;

  constructor(dirs: Iterable<string>) {
    this.dirs = new Set([...dirs].filter((dir) => dir !== ''));
    this.ancestors = new Set([...this.dirs].flatMap((dir) => parentDirs(dir)));
  }

  /** The unit owning `path`: the module unit whose directory holds it, else '' (project-wide). */
  ownerOf(path: string): string {
    for (const dir of parentDirs(path)) if (this.dirs.has(dir)) return dir;
    return '';
  }

  /** Why `unit` may not emit these files (an emitter bug), per path; empty when all is well. */
  problems(unit: string, paths: readonly string[]): [string, string][] {
    // One walk over each path's directories finds its owner and which other paths are among them
    // (a Set of every path's directories made this check the writer's costliest bookkeeping).
    const files = new Set(paths);
    const alsoDirs = new Set<string>();
    const owners = paths.map((path) => {
      let owner = '';
      for (let at = path.indexOf('/'); at >= 0; at = path.indexOf('/', at + 1)) {
        const dir = path.slice(0, at);
        if (owner === '' && this.dirs.has(dir)) owner = dir;
        if (files.has(dir)) alsoDirs.add(dir);
      }
      return owner;
    });
    const problems: [string, string][] = [];
    paths.forEach((path, index) => {
      const reason =
        unsafePathReason(path) ??
        (path === MANIFEST_NAME || path.startsWith(RESERVED_PREFIX) ? 'the name is reserved for the writer' : undefined) ??
        (owners[index] !== unit ? `it lies outside the unit's directory (${unit === '' ? 'the project-wide files' : unit})` : undefined) ??
        (alsoDirs.has(path) || this.dirs.has(path) || this.ancestors.has(path) ? 'it would have to be both a file and a directory' : undefined);
      if (reason !== undefined) problems.push([path, `internal error, please report: an emitter produced this path and ${reason}`]);
    });
    return problems;
  }
}

/** `a/b/c` -> [`a`, `a/b`]. */
export function parentDirs(path: string): string[] {
  const dirs: string[] = [];
  for (let at = path.indexOf('/'); at >= 0; at = path.indexOf('/', at + 1)) dirs.push(path.slice(0, at));
  return dirs;
}
