// Use case behind `generate` and `check`: load modules.yaml, emit every file, write or compare.
// Invalid input writes nothing: the diagnostics come back instead of an output result.
import { dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { emitAll } from '../emit/index.js';
import type { OutputMode, OutputResult } from '../output/writer.js';
import { writeOutput } from '../output/writer.js';
import type { DiffLimits } from '../output/check-report.js';
import type { ConfigSource } from './load-project.js';
import { loadProject } from './load-project.js';
import { withLibraryRecord } from './library-record.js';

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

/** The output directory of a request: --out, else `generated/` next to the config file. */
export function outDirOf(request: Pick<GenerateRequest, 'config' | 'outDir'>): string {
  return resolve(request.outDir ?? join(dirname(resolve(request.config.path)), 'generated'));
}

export async function generateOutput(request: GenerateRequest): Promise<GenerateResult> {
  const outDir = outDirOf(request);
  const project = await loadProject(request.config.path, request.config.displayName);
  const loaded = { diagnostics: project.diagnostics, outDir, ...(project.text === undefined ? {} : { text: project.text }) };
  if (hasErrors(project.diagnostics) || project.plan === undefined) return loaded;
  const files = await withLibraryRecord(emitAll(project.plan), project.plan.model, outDir, request.config, project.text ?? '');
  if ('diagnostics' in files) return { ...loaded, diagnostics: [...project.diagnostics, ...files.diagnostics] };
  const output = await writeOutput(outDir, files.files, {
    mode: request.mode,
    force: request.force === true,
    ...(request.protectedDirs ? { protectedDirs: request.protectedDirs } : {}),
    ...(request.diffLimits ? { diffLimits: request.diffLimits } : {}),
  });
  return { ...loaded, output };
}
