// One unit's part of a generate or check: skip it when its seal holds (see seal.ts), otherwise
// render it and decide every file it produces and every file of it that is no longer produced.
// In write mode each file to write is staged at once, so no unit's content stays in memory.
import type { EmitUnit } from '../emit/types.js';
import type { DigestMemo } from './digest-memo.js';
import type { OutputDisk } from './disk-state.js';
import type { ManifestEntry, UnitSeal } from './manifest.js';
import type { PathStamps } from './path-stamps.js';
import type { Ownership } from './ownership.js';
import type { Decision, Finding, Refusal } from './plan-sync.js';
import { decideFile, decideOrphan } from './plan-sync.js';
import { unitSeal } from './seal.js';
import type { UnitDirs } from './unit-paths.js';

export interface UnitContext {
  disk: OutputDisk;
  memo: DigestMemo;
  ownership: Ownership;
  unitDirs: UnitDirs;
  /** Unit directory -> the paths gatehouse wrote before that the unit owns. */
  oldPaths: ReadonlyMap<string, readonly string[]>;
  fingerprint: () => string;
  force: boolean;
  /** check mode: findings carry the texts for the diff. */
  texts: boolean;
  /** write mode: writes the content of the file at a path to the staging directory. */
  stage: ((path: string, content: Buffer) => void) | undefined;
  /** The stat cache (path-stamps.ts). */
  stamps: PathStamps;
}

/** What all units together do; each unit adds to it (one set of lists keeps a large tree's memory flat). */
export interface SyncTotals {
  written: string[];
  unchanged: string[];
  removals: string[];
  /** check mode: every finding; write mode: only those of conflicted files, the one kind it reports. */
  findings: Finding[];
  refusals: Refusal[];
  /** The entries of the new manifest, and the new seals. */
  entries: ManifestEntry[];
  seals: UnitSeal[];
}

export function emptyTotals(): SyncTotals {
  return { written: [], unchanged: [], removals: [], findings: [], refusals: [], entries: [], seals: [] };
}

export function syncUnit(unit: EmitUnit, ctx: UnitContext, outcome: SyncTotals): void {
  const oldPaths = ctx.oldPaths.get(unit.dir) ?? [];
  const recorded = ctx.ownership.seals.get(unit.dir);
  if (unit.inputKey !== undefined && recorded !== undefined) {
    const present = presentEntries(unit.dir, oldPaths, ctx);
    const seal = present && unitSeal(ctx.fingerprint(), unit.inputKey, present);
    ctx.disk.forget(unit.dir, oldPaths);
    if (present && seal && recorded.includes(seal)) {
      for (const entry of present) {
        outcome.unchanged.push(entry.path);
        outcome.entries.push(entry);
      }
      outcome.seals.push({ dir: unit.dir, seal });
      return;
    }
  }
  const entries: ManifestEntry[] = [];
  const files = unit.emit();
  const problems = new Map(ctx.unitDirs.problems(unit.dir, files.map((f) => f.path)));
  for (const [path, reason] of problems) outcome.refusals.push({ path, reason, forceable: false });
  const emitted = files.filter((file) => !problems.has(file.path));
  for (const file of emitted) {
    const { bytes: content, sha256 } = ctx.memo.encode(unit.dir, file.path, file.content);
    entries.push({ path: file.path, sha256 });
    const current = ctx.disk.compare(file.path, content);
    const decision = current.state === 'same' ? { action: 'keep' as const } : decideFile(file.path, content, current, ctx.ownership.written.get(file.path), ctx.force, ctx.texts);
    record(file.path, decision, content, outcome, ctx);
  }
  const produced = new Set(files.map((file) => file.path));
  for (const path of oldPaths) {
    if (!produced.has(path)) record(path, decideOrphan(path, ctx.disk.read(path), ctx.ownership.written.get(path) ?? [], ctx.force, ctx.texts), undefined, outcome, ctx);
  }
  ctx.disk.forget(unit.dir, [...oldPaths, ...emitted.map((file) => file.path)]);
  outcome.entries.push(...entries);
  if (unit.inputKey !== undefined) outcome.seals.push({ dir: unit.dir, seal: unitSeal(ctx.fingerprint(), unit.inputKey, entries) });
}

function record(path: string, decision: Decision, content: Buffer | undefined, outcome: SyncTotals, ctx: UnitContext): void {
  // In write mode a finding per written file (85,000 at 5000 modules) would only be filtered away.
  if (decision.finding && (ctx.texts || decision.finding.status === 'conflicted')) outcome.findings.push(decision.finding);
  if (decision.refusal) outcome.refusals.push(decision.refusal);
  if (decision.action === 'keep') outcome.unchanged.push(path);
  if (decision.action === 'remove') outcome.removals.push(path);
  if (decision.action !== 'write' || content === undefined) return;
  outcome.written.push(path);
  if (ctx.stage !== undefined && decision.refusal === undefined) ctx.stage(path, content);
}

/** The unit's files on disk with their hashes, or undefined when one cannot be read as a file. */
function presentEntries(unitDir: string, paths: readonly string[], ctx: UnitContext): ManifestEntry[] | undefined {
  const entries: ManifestEntry[] = [];
  for (const path of paths) {
    const hash = (bytes: Buffer) => ctx.memo.digest(unitDir, path, bytes);
    const file = ctx.stamps.digest(ctx.disk, path, hash);
    if (file.state === 'blocked') return undefined;
    // The manifest's own copy of an equal hash: one string per file in memory, not two.
    const sha256 = file.state === 'file' ? (ctx.ownership.written.get(path)?.find((known) => known === file.sha256) ?? file.sha256) : undefined;
    if (sha256 !== undefined) entries.push({ path, sha256 });
  }
  return entries;
}
