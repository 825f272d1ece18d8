// `gatehouse diff --format markdown`: reads well as a GitHub pull request comment. A summary
// line, what was compared, then one section per group of changes; file lists fold away in
// <details>. Every piece of text from modules.yaml goes through markdownText.
import { markdownRow, markdownText } from '../render/markdown.js';
import { describeChange, describeFacts, describeFileCount, describeSetting, describeShared, lineCounts } from './describe.js';
import type { Comparison } from './summary.js';
import { REGENERATED, describeComparison, describeSummary, regeneratedOnly } from './summary.js';
import type { FileChange, ModuleDiff, PlanDiff } from './types.js';

export function renderDiffMarkdown(diff: PlanDiff, comparison: Comparison): string {
  const compared = `<sub>${markdownText(describeComparison(comparison))}</sub>`;
  if (!diff.changed) return blocks(['### gatehouse diff: no changes', 'The Plan and every generated file are the same.', compared]);
  return blocks([
    `### gatehouse diff: ${markdownText(describeSummary(diff.summary))}`,
    compared,
    ...section('Project', diff.project.map(describeSetting)),
    ...diff.shared.flatMap((group) => section(describeShared(group), group.changes.map(describeChange))),
    ...diff.modules.filter((m) => !regeneratedOnly(m)).flatMap(renderModule),
    ...renderRegenerated(diff.modules.filter(regeneratedOnly)),
    ...(diff.sharedFiles.length === 0 ? [] : ['#### Shared files', fileDetails(diff.sharedFiles)]),
  ]);
}

function renderModule(module: ModuleDiff): string[] {
  const facts = module.status === 'added' ? module.after : module.status === 'removed' ? module.before : null;
  const items = [...(facts ? [describeFacts(facts)] : []), ...module.changes.map(describeChange)];
  const title = `#### ${markdownText(module.name)}${module.status === 'changed' ? '' : ` (${module.status})`}`;
  return [title, ...(items.length === 0 ? [] : [bullets(items)]), ...(module.files.length === 0 ? [] : [fileDetails(module.files)])];
}

function renderRegenerated(modules: readonly ModuleDiff[]): string[] {
  if (modules.length === 0) return [];
  return [`#### ${REGENERATED}`, markdownText(modules.map((m) => m.name).join(', ')), fileDetails(modules.flatMap((m) => m.files))];
}

function fileDetails(files: readonly FileChange[]): string {
  const rows = files.map((f) => markdownRow([markdownText(f.path), f.status, lineCounts(f.linesAdded, f.linesRemoved)]));
  return [
    `<details><summary>${markdownText(describeFileCount(files))}</summary>`,
    '',
    markdownRow(['Generated file', 'Change', 'Lines']),
    markdownRow(['---', '---', '---:']),
    ...rows,
    '',
    '</details>',
  ].join('\n');
}

function section(title: string, items: readonly string[]): string[] {
  return items.length === 0 ? [] : [`#### ${markdownText(title)}`, bullets(items)];
}

function bullets(items: readonly string[]): string {
  return items.map((item) => `- ${markdownText(item)}`).join('\n');
}

function blocks(list: readonly string[]): string {
  return list.join('\n\n') + '\n';
}
