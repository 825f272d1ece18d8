// Use case behind `generate` and `check`: load modules.yaml, emit every file, write or compare.
// Invalid input writes nothing: the diagnostics come back instead of an output result.
import { dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { emitUnits } from '../emit/index.js';
import { gitattributesFile } from '../output/gitattributes.js';
import type { OutputMode, OutputOptions, OutputResult } from '../output/writer.js';
import { writeUnits } from '../output/writer.js';
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

function defaultOutDir(configPath: string): string {
  return join(dirname(resolve(configPath)), 'generated');
}

export async function generateOutput(request: GenerateRequest): Promise<GenerateResult> {
  const outDir = resolve(request.outDir ?? defaultOutDir(request.config.path));
  const project = await loadProject(request.config.path, request.config.displayName);
  const loaded = { diagnostics: project.diagnostics, outDir, ...(project.text === undefined ? {} : { text: project.text }) };
  if (hasErrors(project.diagnostics) || project.plan === undefined) return loaded;
  const output = await writeUnits(outDir, emitUnits(project.plan, [gitattributesFile()]), {
    mode: request.mode,
    force: request.force === true,
    ...(request.protectedDirs ? { protectedDirs: request.protectedDirs } : {}),
    ...(request.diffLimits ? { diffLimits: request.diffLimits } : {}),
    ...(request.onStep ? { onStep: request.onStep } : {}),
  });
  return { ...loaded, output };
}
