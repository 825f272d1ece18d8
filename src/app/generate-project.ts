// The part of generate and check that an unchanged run never reaches (see generate.ts): parse and
// validate modules.yaml, plan, emit every unit, and write or compare.
import type { SourceFile } from '../config/load.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { emitUnits } from '../emit/index.js';
import { toFileSet } from '../emit/types.js';
import { gitattributesFile } from '../output/gitattributes.js';
import { writeUnits } from '../output/writer.js';
import type { GenerateRequest, GenerateResult } from './generate.js';
import { projectFromSource } from './load-project.js';
import { withLibraryRecord } from './library-record.js';

export async function generateFromSource(request: GenerateRequest, source: SourceFile, outDir: string, inputKey: string): Promise<GenerateResult> {
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
