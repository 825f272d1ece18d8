// The one-line summary and the header every output format starts with.
import type { BaseRevision } from '../config/git-revision.js';
import { describeBase } from '../config/git-revision.js';
import { plural, pluralWord } from '../util/plural.js';
import { lineCounts } from './describe.js';
import type { DiffSummary, ModuleDiff } from './types.js';

/** What was compared: the config file as the user named it, and the base revision. */
export interface Comparison {
  config: string;
  base: BaseRevision;
}

export function describeComparison(comparison: Comparison): string {
  return `${comparison.config} (working tree) compared with ${describeBase(comparison.base)}`;
}

/** "1 module added, 2 changed; 17 generated files change (+650 -12)" */
export function describeSummary(summary: DiffSummary): string {
  const counts: [number, string][] = [
    [summary.modulesAdded, 'added'],
    [summary.modulesRemoved, 'removed'],
    [summary.modulesChanged, 'changed'],
  ];
  const modules = counts.filter(([n]) => n > 0).map(([n, verb], i) => (i === 0 ? `${plural(n, 'module')} ${verb}` : `${n} ${verb}`));
  const files = summary.filesChanged === 0
    ? 'no generated file changes'
    : `${plural(summary.filesChanged, 'generated file')} ${pluralWord(summary.filesChanged, 'changes', 'change')} (${lineCounts(summary.linesAdded, summary.linesRemoved)})`;
  return `${modules.length === 0 ? 'no module changes' : modules.join(', ')}; ${files}`;
}

/** The heading for modules whose only change is in their generated files (from shared changes). */
export const REGENERATED = 'Regenerated, no change of their own';

export function regeneratedOnly(module: ModuleDiff): boolean {
  return module.status === 'changed' && module.changes.length === 0;
}
