// The files the GitHub commands deliver: exactly what `generate` writes, taken from the Plan, and
// only after checking that generated/ holds exactly that (what is pushed was reviewed and
// committed).
import { emitAll } from '../emit/index.js';
import { moduleDir } from '../emit/types.js';
import type { FileSet } from '../emit/types.js';
import type { Plan } from '../plan/types.js';
import { problem } from '../release/codes.js';
import type { Problem } from '../release/codes.js';
import type { DesiredFile } from '../release/deliver/plan-changes.js';
import { plural } from '../util/plural.js';
import { generateOutput } from './generate.js';
import type { ConfigSource } from './load-project.js';

/** GH709 when generated/ next to the config is not what generate would write, else undefined. */
export async function staleGeneratedProblem(config: ConfigSource): Promise<Problem | undefined> {
  const result = await generateOutput({ config, mode: 'check' });
  const files = result.output?.report?.files ?? [];
  const refused = result.output?.refusals.length ?? 0;
  if (result.output !== undefined && files.length === 0 && refused === 0) return undefined;
  const count = files.length + refused;
  const what = result.output === undefined ? 'it cannot be generated (see gatehouse check)' : `${plural(count, 'file')} ${count === 1 ? 'differs' : 'differ'}`;
  return problem('GH709', `${result.outDir} is not what gatehouse generate writes: ${what}`, 'run gatehouse generate (or gatehouse check to see the differences), commit, and run again');
}

/** Files under `prefix` in the generated output, with the prefix removed. */
export function filesUnder(files: FileSet, prefix: string): DesiredFile[] {
  return files.filter((f) => f.path.startsWith(prefix)).map((f) => ({ path: f.path.slice(prefix.length), content: f.content }));
}

/** A module's files in the generated output (under modules/<name>/), as paths in its own repository. */
export function moduleFiles(files: FileSet, module: string): DesiredFile[] {
  return filesUnder(files, `${moduleDir(module)}/`);
}

export function generatedFiles(plan: Plan): FileSet {
  return emitAll(plan);
}
