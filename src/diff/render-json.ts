// `gatehouse diff --format json`: the PlanDiff as data for bots, every change with its message.
// The shape is documented in docs/diff.md and only grows (new keys), never changes.
import { describeChange, describeSetting } from './describe.js';
import type { Comparison } from './summary.js';
import type { PlanDiff } from './types.js';

const DIFF_JSON_VERSION = 1;

export function renderDiffJson(diff: PlanDiff, comparison: Comparison): string {
  const json = {
    version: DIFF_JSON_VERSION,
    config: comparison.config,
    base: { revision: comparison.base.given, upstream: comparison.base.upstream, commit: comparison.base.commit },
    changed: diff.changed,
    summary: diff.summary,
    project: diff.project.map((c) => ({ ...c, message: describeSetting(c) })),
    shared: diff.shared.map((g) => ({ ...g, changes: g.changes.map((c) => ({ ...c, message: describeChange(c) })) })),
    modules: diff.modules.map((m) => ({ ...m, changes: m.changes.map((c) => ({ ...c, message: describeChange(c) })) })),
    sharedFiles: diff.sharedFiles,
    waves: diff.waves,
  };
  return JSON.stringify(json, null, 2) + '\n';
}
