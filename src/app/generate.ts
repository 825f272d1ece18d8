// Use case behind `generate` and `check`: load modules.yaml, emit every file, write or compare.
// Invalid input writes nothing: the diagnostics come back instead of an output result. An unchanged
// run whose seal holds (output/run-seal.ts) is answered before modules.yaml is even parsed.
import { dirname, join, resolve } from 'node:path';
import { loadSourceFile } from '../config/load.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { OutputMode, OutputOptions, OutputResult } from '../output/writer.js';
import { runInputKey, sealedRun } from '../output/run-seal.js';
import type { DiffLimits } from '../output/check-report.js';
import type { ConfigSource } from './load-project.js';

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
  // Loaded only now: parsing, planning, emitting and writing are most of the modules a process
  // loads (about 0.1 s of CPU), and an unchanged run needs none of them.
  const { generateFromSource } = await import('./generate-project.js');
  return generateFromSource(request, source, outDir, inputKey);
}
