// The one writer. `generate` writes the output directory; `check` makes the same decisions and
// reports them instead. Every decision and every refusal is made before anything in the tree
// changes: one refusal writes nothing. Writes are crash-safe (see apply-sync.ts), one generate
// at a time holds the directory's lock (lock.ts), and modules whose inputs and files are
// unchanged are skipped without being rendered (seal.ts).
import { mkdir, rmdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { EmitUnit, FileSet } from '../emit/types.js';
import { compareCodeUnits } from '../util/compare.js';
import type { WriterStep } from './apply-sync.js';
import { applyCommit, PENDING_NAME, Staging } from './apply-sync.js';
import type { CheckReport, DiffLimits } from './check-report.js';
import { buildCheckReport } from './check-report.js';
import { DigestMemo } from './digest-memo.js';
import { OutputIoError } from './io-error.js';
import { OutputDisk } from './disk-state.js';
import { readGeneratorFingerprint } from './fingerprint.js';
import { findLeftovers } from './leftovers.js';
import { acquireLock, LOCK_NAME } from './lock.js';
import { MANIFEST_NAME } from './manifest.js';
import type { ManifestChange } from './manifest-change.js';
import { decideManifest } from './manifest-change.js';
import { buildOwnership } from './ownership.js';
import { PathStamps } from './path-stamps.js';
import type { Refusal } from './plan-sync.js';
import { unsafeOutDirReason } from './safe-path.js';
import { RUN_SEAL_DIR, runSeal } from './run-seal.js';
import type { SyncTotals } from './sync-unit.js';
import { emptyTotals, syncUnit } from './sync-unit.js';
import { UnitDirs } from './unit-paths.js';
import { WrittenStamps } from './written-stamps.js';

export type OutputMode = 'write' | 'check';

export interface OutputOptions {
  mode: OutputMode;
  /** Overwrite hand-edited and user-owned files, remove hand-edited orphans. Never lifts path safety. */
  force?: boolean;
  /** Directories never accepted as the output dir besides the filesystem root; default: the home dir. */
  protectedDirs?: readonly string[];
  diffLimits?: DiffLimits;
  /** The generator fingerprint (default: read from the running gatehouse; tests pass their own). */
  fingerprint?: string;
  /** modules.yaml's run key (run-seal.ts): given only for a run without any diagnostic, whose seal generate records. */
  runInputKey?: string;
  /** Called at each step of a write; only the crash tests use it, to stop the process at a given point. */
  onStep?: (step: WriterStep) => void;
}

export interface OutputResult {
  mode: OutputMode;
  /** write: every refusal (nothing was written when any); check: those --force would not lift. */
  refusals: Refusal[];
  /** write: what was done; check: what generate would do. Paths relative to the output dir. */
  written: string[];
  unchanged: string[];
  removed: string[];
  /** Files (the manifest included) that held git conflict markers and were, or would be, regenerated. */
  conflicted: string[];
  /** What an interrupted generate left behind that this run removed (check: would remove). */
  leftovers: string[];
  /** check mode only: every file that differs from generate's output. */
  report?: CheckReport;
  /** The run's seal held (run-seal.ts): nothing was parsed, rendered or written. */
  sealed?: boolean;
}

export function writeOutput(outDir: string, files: FileSet, options: OutputOptions): Promise<OutputResult> {
  return writeUnits(outDir, [{ dir: '', emit: () => [...files] }], options);
}

export async function writeUnits(outDir: string, units: readonly EmitUnit[], options: OutputOptions): Promise<OutputResult> {
  const outDirProblem = await unsafeOutDirReason(outDir, options.protectedDirs);
  if (outDirProblem !== undefined) return refused(options.mode, '.', `refusing to use the output directory ${outDir}: ${outDirProblem}`);
  const root = resolve(outDir);
  if (options.mode === 'check') return explainIoErrors(syncTree(root, units, options), 'read');
  const created = await explainIoErrors(mkdir(root, { recursive: true }), 'write');
  const lock = await explainIoErrors(acquireLock(root), 'write');
  if ('refused' in lock) {
    if (created !== undefined) await rmdir(root).catch(() => undefined);
    return refused('write', LOCK_NAME, lock.refused);
  }
  let result: OutputResult | undefined;
  try {
    result = await explainIoErrors(syncTree(root, units, options), 'write');
    return result;
  } finally {
    await lock.held.release();
    // A refused first run leaves no empty output directory behind.
    if (created !== undefined && result?.refusals.length !== 0) await rmdir(root).catch(() => undefined);
  }
}

async function syncTree(root: string, units: readonly EmitUnit[], options: OutputOptions): Promise<OutputResult> {
  const write = options.mode === 'write';
  const force = write && options.force === true;
  const disk = new OutputDisk(root);
  const pending = disk.read(PENDING_NAME);
  const ownership = buildOwnership(disk.read(MANIFEST_NAME), pending, force);
  const stamps = PathStamps.load(disk, ownership, pending.state === 'file');
  const unitDirs = new UnitDirs(units.map((unit) => unit.dir));
  let fingerprint = options.fingerprint;
  const staging = write ? new Staging(root) : undefined;
  const context = {
    disk,
    memo: new DigestMemo(),
    ownership,
    unitDirs,
    oldPaths: groupByUnit(ownership.written.keys(), unitDirs),
    fingerprint: () => (fingerprint ??= readGeneratorFingerprint()),
    force,
    texts: !write,
    stage: staging && ((path: string, content: Buffer) => stageReporting(staging, path, content, options.onStep)),
    stamps,
  };
  const all = emptyTotals();
  for (const unit of units) syncUnit(unit, context, all);
  for (const list of [all.written, all.unchanged, all.removals]) list.sort(compareCodeUnits);
  const { runInputKey } = options;
  const runSeals = (filesSha256: string) => (write && runInputKey !== undefined ? [{ dir: RUN_SEAL_DIR, seal: runSeal(context.fingerprint(), runInputKey, filesSha256) }] : []);
  const manifest = decideManifest(ownership, all.entries, all.seals, !write, runSeals);
  const leftovers = await findLeftovers(disk, root, staging?.name);
  const findings = [...ownership.findings, ...manifest.findings, ...all.findings, ...leftovers.findings].sort((a, b) => compareCodeUnits(a.path, b.path));
  const refusals = [...ownership.refusals, ...all.refusals, ...leftovers.refusals];
  const result = {
    mode: options.mode,
    written: all.written,
    unchanged: all.unchanged,
    removed: all.removals,
    conflicted: findings.filter((f) => f.status === 'conflicted').map((f) => f.path),
    leftovers: leftovers.paths,
  };
  if (!write) {
    stamps.save();
    return { ...result, refusals: refusals.filter((r) => !r.forceable), report: buildCheckReport(findings, options.diffLimits) };
  }
  if (refusals.length > 0) {
    staging?.discard();
    stamps.discard();
    return { ...result, refusals, written: [], removed: [], conflicted: [], leftovers: [] };
  }
  if (staging !== undefined) commitRun(root, staging, { all, manifest, leftovers: leftovers.paths }, stamps, options.onStep);
  return { ...result, refusals: [] };
}

/**
 * Carries out a generate without refusals (apply-sync.ts), stamping each file it renames into place
 * where it may (written-stamps.ts), then moves the stat cache's stamps to the new manifest.
 */
function commitRun(root: string, staging: Staging, run: { all: SyncTotals; manifest: ManifestChange; leftovers: string[] }, stamps: PathStamps, onStep: OutputOptions['onStep']): void {
  const { all, manifest } = run;
  const written = stamps.stampsWrites ? new WrittenStamps(staging) : undefined;
  try {
    const renamed = written && ((index: number, target: string) => written.take(index, target));
    applyCommit(root, staging, { removals: all.removals, manifest: manifest.text, leftovers: run.leftovers, renamed }, onStep ?? (() => undefined));
  } catch (error) {
    stamps.discard();
    throw error;
  }
  stamps.saveFor(manifest.files.entries, manifest.files.sha256, new Set([...all.written, ...all.removals]), written);
}

/** The paths gatehouse wrote before, by the unit that owns each now. */
function groupByUnit(paths: Iterable<string>, unitDirs: UnitDirs): Map<string, string[]> {
  const byUnit = new Map<string, string[]>();
  for (const path of paths) {
    const owner = unitDirs.ownerOf(path);
    const list = byUnit.get(owner);
    if (list === undefined) byUnit.set(owner, [path]);
    else list.push(path);
  }
  return byUnit;
}

function stageReporting(staging: Staging, path: string, content: Buffer, onStep: OutputOptions['onStep']): void {
  staging.stage(path, content);
  onStep?.('staged');
}

function refused(mode: OutputMode, path: string, reason: string): OutputResult {
  return { mode, refusals: [{ path, reason, forceable: false }], written: [], unchanged: [], removed: [], conflicted: [], leftovers: [] };
}

async function explainIoErrors<T>(work: Promise<T>, doing: 'read' | 'write'): Promise<T> {
  try {
    return await work;
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === undefined) throw error;
    const partly = doing === 'write' ? '; the next generate finishes or undoes what this one started, rerun it once this is fixed' : '';
    throw new OutputIoError(`cannot ${doing} the output directory: ${message}${partly}`);
  }
}
