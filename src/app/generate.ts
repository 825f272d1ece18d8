// Use case behind `generate` and `check`: load modules.yaml, emit every file, write or compare.
// Invalid input writes nothing: the diagnostics come back instead of an output result.
import { dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { emitAll } from '../emit/index.js';
import { toFileSet } from '../emit/types.js';
import type { FileSet } from '../emit/types.js';
import { LIBRARY_RECORD_PATH, libraryTreeId, parseLibraryRecord, planLibraryRecord } from '../emit/library/record.js';
import type { LibraryRecord } from '../emit/library/record.js';
import type { Model } from '../model/types.js';
import { readCurrentFile } from '../output/safe-path.js';
import type { Finding } from '../config/finding.js';
import { locateFindings } from '../config/locate.js';
import { parseYaml } from '../config/yaml-document.js';
import type { OutputMode, OutputResult } from '../output/writer.js';
import { writeOutput } from '../output/writer.js';
import type { DiffLimits } from '../output/check-report.js';
import type { ConfigSource } from './load-project.js';
import { loadProject } from './load-project.js';

export interface GenerateRequest {
  config: ConfigSource;
  /** Absolute, or relative to the process; default: `generated/` next to the config file. */
  outDir?: string;
  mode: OutputMode;
  force?: boolean;
  protectedDirs?: readonly string[];
  diffLimits?: DiffLimits;
}

export interface GenerateResult {
  diagnostics: Diagnostic[];
  /** The config text, for code frames. */
  text?: string;
  outDir: string;
  /** Absent when the input has errors. */
  output?: OutputResult;
}

function defaultOutDir(configPath: string): string {
  return join(dirname(resolve(configPath)), 'generated');
}

export async function generateOutput(request: GenerateRequest): Promise<GenerateResult> {
  const outDir = resolve(request.outDir ?? defaultOutDir(request.config.path));
  const project = await loadProject(request.config.path, request.config.displayName);
  const loaded = { diagnostics: project.diagnostics, outDir, ...(project.text === undefined ? {} : { text: project.text }) };
  if (hasErrors(project.diagnostics) || project.plan === undefined) return loaded;
  const files = await withLibraryRecord(emitAll(project.plan), project.plan.model, outDir);
  if ('finding' in files) {
    const located = locateFindings(parseYaml({ name: request.config.displayName, text: project.text ?? '' }).source, [files.finding]);
    return { ...loaded, diagnostics: [...project.diagnostics, ...located] };
  }
  if ('diagnostic' in files) return { ...loaded, diagnostics: [...project.diagnostics, files.diagnostic] };
  const output = await writeOutput(outDir, files.files, {
    mode: request.mode,
    force: request.force === true,
    ...(request.protectedDirs ? { protectedDirs: request.protectedDirs } : {}),
    ...(request.diffLimits ? { diffLimits: request.diffLimits } : {}),
  });
  return { ...loaded, output };
}

/**
 * The emitted files plus generated/library-versions.json, which keeps the record it finds in the
 * output directory (every version published before) and adds the pinned version.
 */
async function withLibraryRecord(
  files: FileSet,
  model: Model,
  outDir: string,
): Promise<{ files: FileSet } | { finding: Finding } | { diagnostic: Diagnostic }> {
  const current = await readCurrentFile(outDir, LIBRARY_RECORD_PATH).catch(() => ({ state: 'absent' as const }));
  let old: LibraryRecord = {};
  if (current.state === 'file') {
    const parsed = parseLibraryRecord(current.bytes.toString('utf8'));
    if ('error' in parsed) return { diagnostic: recordDiagnostic(outDir, parsed.error) };
    old = parsed.versions;
  }
  const planned = planLibraryRecord(old, model.project.library.version, libraryTreeId(files));
  return 'finding' in planned ? planned : { files: toFileSet([...files, planned.file]) };
}

function recordDiagnostic(outDir: string, error: string): Diagnostic {
  const file = join(outDir, LIBRARY_RECORD_PATH);
  return { code: 'GH365', severity: 'error', message: `${file} cannot be read: ${error}`, file, line: 0, column: 0, path: '', hint: `restore it with git checkout -- ${file}` };
}
