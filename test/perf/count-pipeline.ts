// Child process of the complexity test: runs the whole pipeline in-process on a scaled config
// with the operation counter installed, and prints the count of each phase as JSON.
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scaleModulesYaml } from '../../bench/scale-config.js';
import { loadProject } from '../../src/app/load-project.js';
import { hasErrors } from '../../src/diagnostics/diagnostic.js';
import { emitUnits } from '../../src/emit/index.js';
import { writeUnits } from '../../src/output/writer.js';
import { DEFAULT_CONFIG } from '../../src/util/paths.js';
import { installOperationCounter, operations } from './operation-counter.js';

const modules = Number(process.argv[2]);

/** The instrument's own check: a known O(n^2) and a known O(n) over `modules` items. */
function countKnownShapes(): Record<string, number> {
  installOperationCounter();
  const items = Array.from({ length: modules }, (_, i) => `m${i}`);
  const before = operations();
  items.filter((item) => items.includes(item));
  const quadratic = operations() - before;
  const set = new Set(items);
  items.filter((item) => set.has(item));
  return { 'known O(n^2)': quadratic, 'known O(n)': operations() - before - quadratic };
}

if (process.argv[3] === 'known-shapes') {
  process.stdout.write(JSON.stringify(countKnownShapes()));
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'gatehouse-count-'));
try {
  writeFileSync(join(dir, 'modules.yaml'), scaleModulesYaml(readFileSync(DEFAULT_CONFIG, 'utf8'), modules));
  installOperationCounter();
  const counts: Record<string, number> = {};
  const phase = async (name: string, work: () => Promise<unknown>) => {
    const before = operations();
    await work();
    counts[name] = operations() - before;
  };
  const first = await loadProject(join(dir, 'modules.yaml'));
  if (hasErrors(first.diagnostics)) throw new Error(`the scaled config is invalid: ${first.diagnostics[0]?.message ?? ''}`);
  let plan = first.plan;
  await phase('load (parse, validate, plan)', async () => (plan = (await loadProject(join(dir, 'modules.yaml'))).plan));
  if (plan === undefined) throw new Error('the scaled config does not load');
  const out = join(dir, 'out');
  const units = () => emitUnits(plan!);
  await phase('generate (empty dir)', () => writeUnits(out, units(), { mode: 'write', fingerprint: 'f'.repeat(64) }));
  await phase('generate (unchanged)', () => writeUnits(out, units(), { mode: 'write', fingerprint: 'f'.repeat(64) }));
  await phase('check (clean)', () => writeUnits(out, units(), { mode: 'check', fingerprint: 'f'.repeat(64) }));
  await phase('check (new generator: every module rendered)', () => writeUnits(out, units(), { mode: 'check', fingerprint: 'e'.repeat(64) }));
  process.stdout.write(JSON.stringify(counts));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
