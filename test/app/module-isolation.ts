// The oracle behind "changing one module changes only that module's files": compares two FileSets
// and reports every change that neither lives in a file named after the module (a path segment
// `<module>` or `<module>.<ext>`) nor sits on a line that names the module (overview files such as
// generated/README.md may change, but only on the lines about that module).
import { diffLines } from 'diff';
import type { FileSet } from '../../src/emit/types.js';

export interface IsolationComparison {
  /** Paths present in either FileSet. */
  compared: number;
  changedFiles: string[];
  /** One message per offending file or line. */
  violations: string[];
}

export function compareModuleChange(before: FileSet, after: FileSet, moduleName: string): IsolationComparison {
  const old = new Map(before.map((f) => [f.path, f.content]));
  const next = new Map(after.map((f) => [f.path, f.content]));
  const paths = [...new Set([...old.keys(), ...next.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const result: IsolationComparison = { compared: paths.length, changedFiles: [], violations: [] };
  for (const path of paths) {
    const a = old.get(path);
    const b = next.get(path);
    if (a === b) continue;
    result.changedFiles.push(path);
    if (pathNamesModule(path, moduleName)) continue;
    if (a === undefined || b === undefined) {
      result.violations.push(`${path}: ${a === undefined ? 'added' : 'removed'}, but its path does not name ${moduleName}`);
      continue;
    }
    for (const line of changedLines(a, b)) {
      if (!lineNamesModule(line, moduleName)) result.violations.push(`${path}: changed line does not name ${moduleName}: ${line}`);
    }
  }
  return result;
}

export function pathNamesModule(path: string, moduleName: string): boolean {
  return path.split('/').some((segment) => segment === moduleName || segment.split('.')[0] === moduleName);
}

function lineNamesModule(line: string, moduleName: string): boolean {
  const escaped = moduleName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Module names are DNS labels: `auth` must not count as named inside `oauth` or `auth-proxy`.
  return new RegExp(`(^|[^a-z0-9-])${escaped}($|[^a-z0-9-])`).test(line);
}

function changedLines(a: string, b: string): string[] {
  return diffLines(a, b)
    .filter((part) => part.added || part.removed)
    .flatMap((part) => part.value.split('\n').filter((line) => line !== '').map((line) => `${part.added ? '+' : '-'}${line}`));
}
