// The part of generate and check that an unchanged run never reaches (see generate.ts): parse and
// validate modules.yaml, plan, emit every unit, and write or compare.
import type { SourceFile } from '../config/load.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { emitUnits } from '../emit/index.js';
import type { EmitUnit } from '../emit/types.js';
import { toFileSet } from '../emit/types.js';
import { gitattributesFile } from '../output/gitattributes.js';
import { writeUnits } from '../output/writer.js';
import type { GenerateRequest, GenerateResult } from './generate.js';
import { projectFromSource } from './load-project.js';
import { withLibraryRecord } from './library-record.js';

export async function generateFromSource(request: GenerateRequest, source: SourceFile, outDir: string, inputKey: string): Promise<GenerateResult> {
  const loaded = await loadUnits(request, source, outDir);
  const result = { diagnostics: loaded.diagnostics, outDir, text: source.text };
  if (loaded.units === undefined) return result;
  const output = await writeUnits(outDir, loaded.units, {
    mode: request.mode,
    force: request.force === true,
    ...(request.protectedDirs ? { protectedDirs: request.protectedDirs } : {}),
    ...(request.diffLimits ? { diffLimits: request.diffLimits } : {}),
    ...(request.onStep ? { onStep: request.onStep } : {}),
    // A run with warnings is never sealed: the next run must print them again.
    ...(loaded.diagnostics.length === 0 ? { runInputKey: inputKey } : {}),
  });
  return { ...result, output };
}

/**
 * The diagnostics, and the units to write when there is no error. A function of its own so that
 * the Plan is no longer referenced once it returns: while the units are written, only what each
 * module's unit needs stays in memory.
 */
async function loadUnits(request: GenerateRequest, source: SourceFile, outDir: string): Promise<{ diagnostics: Diagnostic[]; units?: EmitUnit[] }> {
  const project = await projectFromSource(source);
  if (hasErrors(project.diagnostics) || project.plan === undefined) return { diagnostics: project.diagnostics };
  // The library record depends on the library's files only, which the project-wide unit (always
  // rendered, never skipped by seal) holds: it joins that unit, so the manifest covers it too.
  const [projectUnit, ...moduleUnits] = emitUnits(project.plan, [gitattributesFile(project.plan.model.project.configRepository)]);
  if (projectUnit === undefined) throw new Error('internal: emitUnits returned no project-wide unit');
  const projectFiles = withLibraryRecord(toFileSet(projectUnit.emit()), project.plan.model, outDir, request.config, source.text);
  if ('diagnostics' in projectFiles) return { diagnostics: [...project.diagnostics, ...projectFiles.diagnostics] };
  return { diagnostics: project.diagnostics, units: [{ dir: projectUnit.dir, emit: () => [...projectFiles.files] }, ...moduleUnits] };
}
