// The one writer. `write` mode makes the output directory exactly the FileSet (plus the manifest);
// `check` mode is the same function collecting the differences instead of writing them. Every
// decision and every refusal is computed before anything is written: one refusal writes nothing.
import { homedir } from 'node:os';
import type { FileSet } from '../emit/types.js';
import type { CheckReport, DiffLimits } from './check-report.js';
import { buildCheckReport } from './check-report.js';
import { MANIFEST_NAME, parseManifest } from './manifest.js';
import type { ParsedManifest } from './manifest.js';
import type { Refusal, SyncPlan } from './plan-sync.js';
import { planSync } from './plan-sync.js';
import { applySync } from './apply-sync.js';
import type { CurrentFile } from './safe-path.js';
import { readCurrentFile, unsafeOutDirReason, unsafePathReason } from './safe-path.js';

export type OutputMode = 'write' | 'check';

export interface OutputOptions {
  mode: OutputMode;
  /** Overwrite hand-edited and user-owned files, remove hand-edited orphans. Never lifts path safety. */
  force?: boolean;
  /** Directories never accepted as the output dir besides the filesystem root; default: the home dir. */
  protectedDirs?: readonly string[];
  diffLimits?: DiffLimits;
}

export interface OutputResult {
  mode: OutputMode;
  /** write: every refusal (nothing was written when any); check: those --force would not lift. */
  refusals: Refusal[];
  /** write: what was done; check: what generate would do. Paths relative to the output dir. */
  written: string[];
  unchanged: string[];
  removed: string[];
  /** check mode only: every file that differs from generate's output. */
  report?: CheckReport;
}

/** The disk failed the writer (permissions, full disk): not a bug, and not a problem in the input. */
export class OutputIoError extends Error {
  override name = 'OutputIoError';
}

export async function writeOutput(outDir: string, files: FileSet, options: OutputOptions): Promise<OutputResult> {
  const force = options.force === true && options.mode === 'write';
  const outDirProblem = await unsafeOutDirReason(outDir, options.protectedDirs ?? [homedir()]);
  if (outDirProblem !== undefined) {
    const refusal = { path: '.', reason: `refusing to use the output directory ${outDir}: ${outDirProblem}`, forceable: false };
    return { mode: options.mode, refusals: [refusal], written: [], unchanged: [], removed: [] };
  }
  const plan = planSync({ files, force, ...(await explainIoErrors(readOutputState(outDir, files), 'read')) });
  const base = { mode: options.mode, written: plan.writes.map((f) => f.path), unchanged: plan.unchanged, removed: plan.removals };
  if (options.mode === 'check') {
    return { ...base, refusals: plan.refusals.filter((r) => !r.forceable), report: buildCheckReport(plan.findings, options.diffLimits) };
  }
  if (plan.refusals.length > 0) return { ...base, refusals: plan.refusals, written: [], removed: [] };
  await explainIoErrors(applySync(outDir, plan, manifestChanged(plan)), 'write');
  return { ...base, refusals: [] };
}

async function readOutputState(outDir: string, files: FileSet) {
  const manifestOnDisk = await readCurrentFile(outDir, MANIFEST_NAME);
  const manifest: ParsedManifest | undefined =
    manifestOnDisk.state === 'file' ? parseManifest(manifestOnDisk.bytes.toString('utf8')) : undefined;
  const oldPaths = manifest !== undefined && 'entries' in manifest ? manifest.entries.map((e) => e.path) : [];
  // Only paths that are plainly inside the output dir are ever read; the planner refuses the rest.
  const paths = [...new Set([...files.map((f) => f.path), ...oldPaths])].filter(
    (path) => unsafePathReason(path) === undefined && path !== MANIFEST_NAME,
  );
  const current = new Map<string, CurrentFile>();
  await Promise.all(paths.map(async (path) => current.set(path, await readCurrentFile(outDir, path))));
  return { manifest, manifestOnDisk, current };
}

function manifestChanged(plan: SyncPlan): boolean {
  return plan.findings.some((finding) => finding.path === MANIFEST_NAME);
}

async function explainIoErrors<T>(work: Promise<T>, doing: 'read' | 'write'): Promise<T> {
  try {
    return await work;
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === undefined) throw error;
    const partly = doing === 'write' ? '; files written before the failure are complete, rerun generate once it is fixed' : '';
    throw new OutputIoError(`cannot ${doing} the output directory: ${message}${partly}`);
  }
}
