// Use case behind `generate` and `check`: load modules.yaml, emit every file, write or compare.
// Invalid input writes nothing: the diagnostics come back instead of an output result. An unchanged
// run whose seal holds (output/run-seal.ts) is answered before modules.yaml is even parsed.
import { dirname, join, resolve } from 'node:path';
import { loadSourceFile } from '../config/load.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { emitUnits } from '../emit/index.js';
import { toFileSet } from '../emit/types.js';
import { gitattributesFile } from '../output/gitattributes.js';
import type { OutputMode, OutputOptions, OutputResult } from '../output/writer.js';
import { writeUnits } from '../output/writer.js';
import { runInputKey, sealedRun } from '../output/run-seal.js';
import type { DiffLimits } from '../output/check-report.js';
import type { ConfigSource } from './load-project.js';
import { projectFromSource } from './load-project.js';
import { withLibraryRecord } from './library-record.js';

export interface GenerateRequest {
  config: ConfigSource;
  /** Absolute, or relative to the process; default: `generated/` next to the config file. */
  outDir?: string;
  mode: OutputMode;
  force?: boolean;
  protectedDirs?: readonly string[];
  diffLimits?: DiffLimits;
  /** Only the crash tests pass this (see OutputOptions.onStep); the CLI never does. */
  onStep?: OutputOptions['onStep'];
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
  const source = await loadSourceFile(request.config.path, request.config.displayName);
  if (!('text' in source)) return { diagnostics: [source], outDir };
  const inputKey = runInputKey(source.text);
  // --force always decides every file: it is how a user says "whatever is there, regenerate".
  const sealed = request.force === true ? undefined : await sealedRun(outDir, inputKey, request);
  if (sealed !== undefined) return { diagnostics: [], outDir, text: source.text, output: sealed };
  const project = await projectFromSource(source);
  const loaded = { diagnostics: project.diagnostics, outDir, text: source.text };
  if (hasErrors(project.diagnostics) || project.plan === undefined) return loaded;
  // The library record depends on the library's files only, which the project-wide unit (always
  // rendered, never skipped by seal) holds: it joins that unit, so the manifest covers it too.
  const [projectUnit, ...moduleUnits] = emitUnits(project.plan, [gitattributesFile(project.plan.model.project.configRepository)]);
  if (projectUnit === undefined) throw new Error('internal: emitUnits returned no project-wide unit');
  const projectFiles = withLibraryRecord(toFileSet(projectUnit.emit()), project.plan.model, outDir, request.config, source.text);
  if ('diagnostics' in projectFiles) return { ...loaded, diagnostics: [...project.diagnostics, ...projectFiles.diagnostics] };
  const output = await writeUnits(outDir, [{ dir: projectUnit.dir, emit: () => [...projectFiles.files] }, ...moduleUnits], {
    mode: request.mode,
    force: request.force === true,
    ...(request.protectedDirs ? { protectedDirs: request.protectedDirs } : {}),
    ...(request.diffLimits ? { diffLimits: request.diffLimits } : {}),
    ...(request.onStep ? { onStep: request.onStep } : {}),
    // A run with warnings is never sealed: the next run must print them again.
    ...(project.diagnostics.length === 0 ? { runInputKey: inputKey } : {}),
  });
  return { ...loaded, output };
}
