// `gatehouse diff` for a terminal: a summary, then project-wide changes, changes every module
// shares, each changed module by name, and the shared generated files. Pure.
import { moduleDir } from '../emit/types.js';
import { printable } from '../plan/render-text.js';
import { describeChange, describeFacts, describeFileCount, describeSetting, describeShared, lineCounts } from './describe.js';
import type { Comparison } from './summary.js';
import { describeComparison, describeSummary } from './summary.js';
import type { FileChange, ModuleDiff, PlanDiff } from './types.js';
import { REGENERATED, regeneratedOnly } from './summary.js';

export function renderDiffText(diff: PlanDiff, comparison: Comparison): string {
  const head = [describeComparison(comparison)];
  if (!diff.changed) return lines([...head, 'No changes: the Plan and every generated file are the same.']);
  const sections = [
    [...head, `${describeSummary(diff.summary)}.`],
    section('Project:', diff.project.map(describeSetting)),
    ...diff.shared.map((group) => section(`${describeShared(group)}:`, group.changes.map(describeChange))),
    ...diff.modules.filter((m) => !regeneratedOnly(m)).map(renderModule),
    section(`${REGENERATED}:`, diff.modules.filter(regeneratedOnly).map((m) => `${m.name}: ${fileList(m)}`)),
    diff.sharedFiles.length === 0 ? [] : [`Shared files: ${listFiles(diff.sharedFiles)}`],
  ];
  return sections.filter((s) => s.length > 0).map(lines).join('\n');
}

function renderModule(module: ModuleDiff): string[] {
  const facts = module.status === 'added' ? module.after : module.status === 'removed' ? module.before : null;
  const body = [...(facts ? [describeFacts(facts)] : []), ...module.changes.map(describeChange)];
  return [`${module.name}: ${module.status}`, ...[...body, ...renderFiles(module)].map((line) => `  ${line}`)];
}

/** A module added or removed as a whole gets a count; otherwise each file, named within the module. */
function renderFiles(module: ModuleDiff): string[] {
  if (module.files.length === 0) return [];
  return [`files: ${module.status === 'changed' ? fileList(module) : describeFileCount(module.files, module.status)}`];
}

function fileList(module: ModuleDiff): string {
  return listFiles(module.files, `${moduleDir(module.name)}/`);
}

/** "Jenkinsfile +1 -1, chart/values.yaml +2 -2": one line, paths without the common prefix. */
function listFiles(files: readonly FileChange[], prefix = ''): string {
  return files.map((f) => `${f.path.startsWith(prefix) ? f.path.slice(prefix.length) : f.path} ${lineCounts(f.linesAdded, f.linesRemoved)}${f.status === 'modified' ? '' : ` (${f.status})`}`).join(', ');
}

function section(title: string, items: readonly string[]): string[] {
  return items.length === 0 ? [] : [title, ...items.map((item) => `  ${item}`)];
}

function lines(list: readonly string[]): string {
  return list.map(printable).join('\n') + '\n';
}
