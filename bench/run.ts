// `npm run bench`: gatehouse against Jenkins Job Builder and `cp -r` at 10 to 5000 modules.
// Every step is a whole process timed by GNU time, repeated (the steps a ratio compares in
// rounds, see inRounds); the table shows medians of CPU
// (user + system) and wall time and the highest peak RSS, the ratios the targets are stated in
// (docs/performance.md) and the growth from 1000 to 5000 modules. Not a test: nothing here fails
// on a number; it prints them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CACHE_DIR } from '../src/output/stat-cache.js';
import { buildJjbJobs } from './jjb-jobs.js';
import { listFiles } from './write-floor.js';
import type { Sample } from './measure.js';
import { measure, summarise } from './measure.js';
import { bumpFirstModule, scaleModulesYaml, withUnknownDependencies } from './scale-config.js';
import type { Row } from './table.js';
import { CP, FLOOR_IN_PLACE, FLOOR_STAGED, renderTable, renderTargets } from './table.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const WRITE_FLOOR = fileURLToPath(new URL('./write-floor.js', import.meta.url));

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100,1000,5000' },
    reps: { type: 'string', default: '3' },
    gatehouse: { type: 'string', default: join(REPO, 'dist/src/bundle/bin.js') },
    'no-jjb': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    // The scaled configs, every output tree, the copies and JJB's XML go under it: all tools pay
    // the same file system. A tmpfs (/dev/shm) measures the programs; a disk adds its own noise.
    'work-dir': { type: 'string', default: tmpdir() },
    'timeout-seconds': { type: 'string', default: '3600' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const reps = Number(values.reps);
const timeout = Number(values['timeout-seconds']);
const gatehouse = ['node', resolve(values.gatehouse)];
const example = readFileSync(join(REPO, 'modules.yaml'), 'utf8');
const work = mkdtempSync(join(resolve(values['work-dir']), 'gatehouse-bench-'));

/** Stops repeating a step after a failure: a step that timed out once would only time out again. */
function repeat(times: number, before: () => void, run: () => Sample): Sample {
  const samples: Sample[] = [];
  for (let i = 0; i < times && samples.every((s) => s.failure === undefined); i++) {
    before();
    samples.push(run());
  }
  return summarise(samples);
}

interface Step {
  name: string;
  before: () => void;
  run: () => Sample;
}

/**
 * Runs `steps` in rounds, each step once per round, instead of each step `times` in a row. The
 * ratios in the table compare these steps with each other, and this VM's speed drifts by a fifth
 * within the minutes a size takes (docs/performance.md): in rounds, every step of a ratio is
 * measured in the same minutes. The first step makes the tree the others work on: when it fails,
 * the others are not run. A step that fails is not repeated.
 */
function inRounds(times: number, [first, ...others]: readonly [Step, ...Step[]]): Map<string, Sample> {
  const samples = new Map<string, Sample[]>([first, ...others].map((step) => [step.name, []]));
  const failed = (step: Step) => samples.get(step.name)?.some((s) => s.failure !== undefined) === true;
  for (let i = 0; i < times && !failed(first); i++) {
    for (const step of [first, ...others]) {
      if (failed(step) || failed(first)) continue;
      step.before();
      samples.get(step.name)?.push(step.run());
    }
  }
  const notRun = { cpuSeconds: NaN, wallSeconds: NaN, peakRssMb: NaN, failure: `not run: ${first.name} did not finish` };
  return new Map([...samples].map(([name, list]) => [name, list.length === 0 ? notRun : summarise(list)]));
}

const nothing = () => undefined;
const clear = (path: string) => () => rmSync(path, { recursive: true, force: true });

function benchSize(modules: number): Row[] {
  const dir = join(work, String(modules));
  mkdirSync(dir);
  const scaled = scaleModulesYaml(example, modules);
  writeFileSync(join(dir, 'modules.yaml'), scaled);
  writeFileSync(join(dir, 'bumped.yaml'), bumpFirstModule(scaled));
  writeFileSync(join(dir, 'unknown.yaml'), withUnknownDependencies(scaled));
  writeFileSync(join(dir, 'jobs.yaml'), buildJjbJobs(scaled));
  const cli = (...args: string[]) => [...gatehouse, ...args, '--config', 'modules.yaml'];
  const out = ['--out', 'out'];
  const timed = (command: string[], expectedCode = 0) => () => measure(command, dir, expectedCode, timeout);
  const row = (step: string, sample: Sample): Row => ({ step, modules, ...sample });
  const step = (name: string, before: () => void, run: () => Sample): Step => ({ name, before, run });
  const rows = [
    row('validate', repeat(reps, nothing, timed(cli('validate')))),
    row('validate (an unknown dependency per module)', repeat(reps, nothing, timed([...gatehouse, 'validate', '--config', 'unknown.yaml'], 1))),
    row('plan', repeat(reps, nothing, timed(cli('plan')))),
  ];
  const jjb = ['jenkins-jobs', 'test', '--config-xml', '-o', 'jjb-out', 'jobs.yaml'];
  // The write floors write the paths and sizes of the first generated tree (bench/write-floor.ts).
  const floor = (mode: string) => timed(['node', WRITE_FLOOR, 'files.json', 'floor', mode]);
  const beforeFloor = () => {
    clear(join(dir, 'floor'))();
    if (!existsSync(join(dir, 'files.json'))) writeFileSync(join(dir, 'files.json'), JSON.stringify(listFiles(join(dir, 'out'), CACHE_DIR)));
  };
  const rounds = inRounds(reps, [
    step('generate (empty dir)', clear(join(dir, 'out')), timed(cli('generate', ...out))),
    // The first unchanged run after a write reads every file and stamps it; the next one trusts
    // the stamps (docs/generated-tree.md, the stat cache): both are measured.
    step('generate (unchanged)', nothing, timed(cli('generate', ...out))),
    step('generate (unchanged, files stamped)', nothing, timed(cli('generate', ...out))),
    step('check (clean)', nothing, timed(cli('check', ...out))),
    step('check (one module bumped)', nothing, timed([...gatehouse, 'check', '--config', 'bumped.yaml', ...out], 1)),
    step(CP, clear(join(dir, 'copy')), timed(['cp', '-r', 'out', 'copy'])),
    step(FLOOR_STAGED, beforeFloor, floor('staged')),
    step(FLOOR_IN_PLACE, beforeFloor, floor('in-place')),
    ...(values['no-jjb'] ? [] : [step('JJB test (job XML)', clear(join(dir, 'jjb-out')), timed(jjb))]),
  ]);
  rows.push(...[...rounds].map(([name, sample]) => row(name, sample)));
  const generated = rounds.get('generate (empty dir)')?.failure === undefined;
  // The generated tree's files: not the stat cache's (docs/generated-tree.md).
  const files = generated ? listFiles(join(dir, 'out'), CACHE_DIR).length : undefined;
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  return rows.map((r) => (files === undefined ? r : { ...r, files }));
}

const startLoad = loadavg();
const exampleValidate = repeat(reps, nothing, () => measure([...gatehouse, 'validate', '--config', join(REPO, 'modules.yaml')], REPO));
const rows: Row[] = [];
for (const size of sizes) {
  process.stderr.write(`bench: ${size} modules...\n`);
  const measured = benchSize(size);
  // Printed as they come, so a run stopped half-way still shows what it measured.
  process.stderr.write(renderTable(measured));
  rows.push(...measured);
}
const endLoad = loadavg();
const workFileSystem = fileSystemOf(work);
if (!values.keep) rmSync(work, { recursive: true, force: true });
const cpu = cpus()[0]?.model ?? 'unknown CPU';
process.stdout.write(
  `gatehouse benchmark: ${cpus().length} × ${cpu}, node ${process.version}, ${reps} repetitions, the steps on the output tree and JJB in rounds (median CPU and wall, highest RSS)\n` +
    `work directory ${work} on ${workFileSystem}\n` +
    `load average at start ${startLoad.map((l) => l.toFixed(1)).join(' ')}, at end ${endLoad.map((l) => l.toFixed(1)).join(' ')}\n\n` +
    renderTable(rows) +
    '\n' +
    renderTargets(rows, exampleValidate),
);

/** The file system type of a directory (GNU stat), or "an unknown file system". */
function fileSystemOf(path: string): string {
  const stat = spawnSync('stat', ['-f', '-c', '%T', path], { encoding: 'utf8' });
  return stat.status === 0 ? stat.stdout.trim() : 'an unknown file system';
}
