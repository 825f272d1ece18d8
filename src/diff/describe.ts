// Every change in words, the same for text, Markdown and JSON ("message"). Plain text: each
// renderer escapes it for its own output.
import { describeTarget } from '../plan/describe.js';
import { plural } from '../util/plural.js';
import type { FileChange, Json, ModuleChange, ModuleFacts, Relation, SettingChange, SharedChanges, StageRef, Target } from './types.js';

export function describeChange(change: ModuleChange): string {
  switch (change.kind) {
    case 'version':
      return `version ${change.after} (was ${change.before})`;
    case 'dependencies':
      return describeDependencies(change.added, change.removed);
    case 'wave':
      return `moves from wave ${change.before} to wave ${change.after}`;
    case 'order':
      return describeOrder(change.module, change.before, change.after);
    case 'trigger':
      return `${change.build} build now runs for ${change.after} (was ${change.before})`;
    case 'target':
      return `${change.build} build now ${targetText(change.after)} (was: ${targetText(change.before)})`;
    case 'stage':
      return `${change.build} build ${change.change === 'added' ? 'now runs' : 'no longer runs'} ${stageText(change.stage)}`;
    case 'requirement':
      return `${change.build} build's ${stageText(change.stage)} ${describeRequirement(change.before, change.after)}`;
    case 'approval':
      return change.change === 'added'
        ? `${change.build} build now asks ${change.role} (${change.submitters.join(', ')}) to approve ${placeText(change.environment)}`
        : `${change.build} build no longer asks ${change.role} to approve ${placeText(change.environment)}`;
    case 'approvers':
      return `${change.build} build: who may approve as ${change.role} in ${placeText(change.environment)}: ${addedRemoved(change.added, change.removed)}`;
    case 'approvalOrder':
      return `${change.build} build asks for approvals in ${placeText(change.environment)} in the order ${change.after.join(', ')} (was ${change.before.join(', ')})`;
    case 'skip':
      return describeSkip(change.title, change.before, change.after);
    case 'quality':
      return `quality ${describeThreshold(change) ?? describeSetting(change)}`;
    case 'setting':
      return describeSetting(change);
  }
}

/** `chart.port: 8000 (was 8080)`; "(new)" and "removed" for a setting set or unset. */
export function describeSetting(change: SettingChange): string {
  if (change.before === null) return `${change.setting}: ${valueText(change.after)} (new)`;
  if (change.after === null) return `${change.setting}: removed (was ${valueText(change.before)})`;
  return `${change.setting}: ${valueText(change.after)} (was ${valueText(change.before)})`;
}

/** "version 1.0.0, wave 1, lead meera.iyer, depends on auth, catalog" */
export function describeFacts(facts: ModuleFacts): string {
  const dependsOn = facts.dependsOn.length === 0 ? 'no dependencies' : `depends on ${facts.dependsOn.join(', ')}`;
  return `version ${facts.version}, wave ${facts.wave}, lead ${facts.lead}, ${dependsOn}`;
}

/** "3 files (+40 -2)", or with a status "17 files added (+1068 -0)" */
export function describeFileCount(files: readonly FileChange[], status?: string): string {
  const added = files.reduce((n, f) => n + f.linesAdded, 0);
  const removed = files.reduce((n, f) => n + f.linesRemoved, 0);
  return `${plural(files.length, 'file')}${status === undefined ? '' : ` ${status}`} (${lineCounts(added, removed)})`;
}

/** "Every module" or "Every module except auth": who a group of shared changes applies to. */
export function describeShared(group: SharedChanges): string {
  return group.except.length === 0 ? 'Every module' : `Every module except ${group.except.join(', ')}`;
}

export function lineCounts(added: number, removed: number): string {
  return `+${added} -${removed}`;
}

function describeDependencies(added: readonly string[], removed: readonly string[]): string {
  const now = added.length > 0 ? `now depends on ${added.join(', ')}` : '';
  const gone = removed.length > 0 ? `no longer ${added.length > 0 ? 'on' : 'depends on'} ${removed.join(', ')}` : '';
  return [now, gone].filter((s) => s !== '').join('; ');
}

const DEPLOYS: Record<Relation, (other: string) => string> = {
  before: (other) => `deploys before ${other} and rolls back after it`,
  same: (other) => `deploys in the same wave as ${other} and rolls back with it`,
  after: (other) => `deploys after ${other} and rolls back before it`,
};
const WAS: Record<Relation, string> = { before: 'before it', same: 'same wave', after: 'after it' };

function describeOrder(other: string, before: Relation, after: Relation): string {
  return `now ${DEPLOYS[after](other)} (was: ${WAS[before]})`;
}

function describeSkip(title: string, before: string | null, after: string | null): string {
  if (before === null) return `${title} now skipped: ${after ?? ''}`;
  if (after === null) return `${title} no longer skipped (was skipped: ${before})`;
  return `${title} skipped for a new reason: ${after} (was: ${before})`;
}

const THRESHOLDS: Record<string, { label: string; op: string; unit: string }> = {
  minLineCoverage: { label: 'line coverage', op: '>=', unit: '%' },
  minBranchCoverage: { label: 'branch coverage', op: '>=', unit: '%' },
  maxFailedTests: { label: 'failed tests', op: '<=', unit: '' },
  minIntegrationPassRate: { label: 'integration pass rate', op: '>=', unit: '%' },
};

/** "stable: line coverage >= 85% (was >= 80%)" for a channel threshold; undefined for other quality settings. */
function describeThreshold(change: SettingChange): string | undefined {
  const match = /^channels\.([^.]+)\.(?:maxVulnerabilities\.([^.]+)|([^.]+))$/.exec(change.setting);
  if (!match) return undefined;
  const [, channel, severity, key] = match;
  const threshold = severity !== undefined ? { label: `${severity} vulnerabilities`, op: '<=', unit: '' } : THRESHOLDS[key ?? ''];
  if (!threshold || !isScalar(change.before) || !isScalar(change.after)) return undefined;
  const limit = (value: Json) => (value === null ? 'no limit' : `${threshold.op} ${valueText(value)}${threshold.unit}`);
  return `${channel ?? ''}: ${threshold.label} ${limit(change.after)} (was ${limit(change.before)})`;
}

function isScalar(value: Json): boolean {
  return value === null || typeof value !== 'object';
}

function addedRemoved(added: readonly string[], removed: readonly string[]): string {
  const parts = [added.length > 0 ? `now also ${added.join(', ')}` : '', removed.length > 0 ? `no longer ${removed.join(', ')}` : ''];
  return parts.filter((p) => p !== '').join('; ');
}

function targetText(target: Target): string {
  return describeTarget({ environment: target.environment ?? undefined, namespace: target.namespace ?? undefined, promotes: target.promotes });
}

function stageText(stage: StageRef): string {
  return stage.environment === null ? stage.title : `${stage.title} in ${stage.environment} (namespace ${stage.namespace ?? stage.environment})`;
}

function describeRequirement(before: string | null, after: string | null): string {
  if (after === null) return `no longer requires a ${before ?? ''} build`;
  return before === null ? `now requires a ${after} build` : `now requires a ${after} build (was a ${before} build)`;
}

function placeText(environment: string | null): string {
  return environment ?? 'the build';
}

/** A setting's value in words: lists joined, objects as `key: value` pairs, unset as "not set". */
export function valueText(value: Json): string {
  if (value === null) return 'not set';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(valueText).join(', ');
  if (typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${k}: ${valueText(v)}`).join('; ')}}`;
  return String(value);
}
