// The run's seal: a seal like a module's (see seal.ts) for the whole output directory, whose input
// is modules.yaml itself. generate records it when a run wrote every file with no diagnostic at all; the next
// generate or check that finds modules.yaml, gatehouse and every recorded file unchanged answers
// "up to date" without parsing modules.yaml or rendering anything.
//
// Why: at 1000 modules, loading and validating modules.yaml is most of an unchanged re-run
// (about 1.7 of 2.9 CPU seconds, measured), and it is what CI pays on every `gatehouse check`.
// Only the first step must be cheap: the seal is compared with the recorded file list before any
// generated file is read, so a changed modules.yaml costs one read of the manifest. Every doubt
// (no seal, a manifest with conflict markers, a pending manifest, leftovers, a lock, any file
// missing or changed, a path that is not a plain file) declines, and the whole run decides as usual.
// A file whose stamp in the stat cache (stat-cache.ts) still holds is not even read.
import { resolve } from 'node:path';
import { moduleDir, moduleOfPath } from '../emit/types.js';
import { buildCheckReport } from './check-report.js';
import { DigestMemo } from './digest-memo.js';
import { OutputDisk } from './disk-state.js';
import { readGeneratorFingerprint } from './fingerprint.js';
import { findLeftovers } from './leftovers.js';
import type { ManifestEntry } from './manifest.js';
import { MANIFEST_NAME, manifestFilesPart, parseManifest, parseManifestSeals, sha256Hex, sortEntries } from './manifest.js';
import { unusableEntryReason } from './ownership.js';
import { unsafeOutDirReason } from './safe-path.js';
import { CACHE_DIR, StatCache } from './stat-cache.js';
import type { OutputOptions, OutputResult } from './writer.js';

/** The seals list's directory for the run's seal: the whole output directory. */
export const RUN_SEAL_DIR = '';

/**
 * The input of a whole run: modules.yaml's text. Not where it is read from: nothing generated
 * depends on that (the determinism tests generate the same config from different places), and a
 * key with the path in it would give the same tree another manifest in every checkout layout.
 */
export function runInputKey(configText: string): string {
  return sha256Hex('gatehouse run 1\0', configText);
}

/**
 * Over the manifest's file list exactly as generate writes it (manifest.ts), by the SHA-256 of that
 * text: every path and hash. Comparing needs no parse of the list, so a run whose modules.yaml
 * changed declines after one read and one hash of the manifest (13 MB at 5000 modules).
 */
export function runSeal(fingerprint: string, inputKey: string, manifestFilesSha256: string): string {
  return sha256Hex(`gatehouse run seal 2\0${fingerprint}\0${inputKey}\0${manifestFilesSha256}`);
}

type SealedRunOptions = Pick<OutputOptions, 'mode' | 'protectedDirs' | 'diffLimits' | 'fingerprint'>;

/** What generate or check would report for an unchanged run, or undefined when the seal does not hold. */
export async function sealedRun(outDir: string, inputKey: string, options: SealedRunOptions): Promise<OutputResult | undefined> {
  if ((await unsafeOutDirReason(outDir, options.protectedDirs)) !== undefined) return undefined;
  const root = resolve(outDir);
  const disk = new OutputDisk(root);
  const manifest = disk.read(MANIFEST_NAME);
  if (manifest.state !== 'file') return undefined;
  const text = manifest.bytes.toString('utf8');
  const filesSha256 = sha256Hex(manifestFilesPart(text));
  const seal = runSeal(options.fingerprint ?? readGeneratorFingerprint(), inputKey, filesSha256);
  if (!parseManifestSeals(text).some((recorded) => recorded.dir === RUN_SEAL_DIR && recorded.seal === seal)) return undefined;
  const entries = recordedEntries(text);
  if (entries === undefined) return undefined;
  const stamps = StatCache.load(root, disk.list('')?.get(CACHE_DIR), filesSha256, entries.length);
  const leftovers = filesMatch(disk, entries, stamps) ? await findLeftovers(disk, root, undefined) : undefined;
  if (leftovers === undefined || leftovers.findings.length > 0 || leftovers.refusals.length > 0) {
    stamps.discard();
    return undefined;
  }
  stamps.save();
  const unchanged = entries.map((entry) => entry.path);
  const result = { mode: options.mode, refusals: [], written: [], unchanged, removed: [], conflicted: [], leftovers: [], sealed: true };
  return options.mode === 'check' ? { ...result, report: buildCheckReport([], options.diffLimits) } : result;
}

/** The manifest's files, sorted, when each path is listed once, safe, and no git merge joined two sides. */
function recordedEntries(text: string): ManifestEntry[] | undefined {
  const parsed = parseManifest(text);
  if ('error' in parsed || parsed.conflicted) return undefined;
  const files = sortEntries(parsed.manifest.entries);
  const paths = new Set(files.map((entry) => entry.path));
  if (paths.size !== files.length || [...paths].some((path) => unusableEntryReason(path) !== undefined)) return undefined;
  return files;
}

/**
 * Every file holds its recorded hash; stops at the first that does not. A file whose stamp in the
 * stat cache still holds is not read; every file read and found holding its hash is stamped.
 */
function filesMatch(disk: OutputDisk, files: readonly ManifestEntry[], stamps: StatCache): boolean {
  let unit = '';
  const held: string[] = [];
  const memo = new DigestMemo();
  for (let index = 0; index < files.length; index++) {
    const { path, sha256 } = files[index] as ManifestEntry;
    const module = moduleOfPath(path);
    const owner = module === undefined ? '' : moduleDir(module);
    const file = stamps.digest(disk, index, path, sha256, (bytes) => memo.digest(owner, path, bytes));
    if (file.state !== 'file' || file.sha256 !== sha256) return false;
    // Listings are dropped unit by unit (paths are sorted), as the whole run does: 25,000
    // directories' listings need not stay in memory at 5000 modules.
    if (owner !== unit) disk.forget(unit, held.splice(0));
    unit = owner;
    held.push(path);
  }
  return true;
}
