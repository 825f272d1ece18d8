// The benchmark's report: one Markdown table of every step at every size, with the ratios the
// targets are stated in and the growth from the previous size, then each target, met or not.
import type { Sample } from './measure.js';

export interface Row extends Sample {
  step: string;
  modules: number;
  files?: number;
}

const GENERATE = 'generate (empty dir)';
export const CP = 'cp -r of the output';
/** bench/write-floor.ts: the tree written by a Node.js process that renders nothing. */
export const FLOOR_STAGED = 'write floor: staged, renamed, lstat (node, no rendering)';
export const FLOOR_IN_PLACE = 'write floor: in place, not crash-safe (node, no rendering)';

function find(rows: readonly Row[], step: string, modules: number): Row | undefined {
  return rows.find((row) => row.step === step && row.modules === modules);
}

const times = (value: number) => `${value.toFixed(2)}×`;

/** The ratio a target is stated in, for the steps that have one (CPU time against CPU time). */
function ratioOf(rows: readonly Row[], row: Row): string {
  const cpu = (step: string) => find(rows, step, row.modules)?.cpuSeconds;
  const against = (step: string, label: string) => {
    const base = cpu(step);
    return base === undefined || base === 0 ? undefined : `${times(row.cpuSeconds / base)} ${label}`;
  };
  if (row.step === GENERATE) return [against('JJB test (job XML)', 'JJB'), against(CP, 'cp -r'), against(FLOOR_STAGED, 'staged floor')].filter(Boolean).join(', ');
  if (row.step === FLOOR_STAGED || row.step === FLOOR_IN_PLACE) return against(CP, 'cp -r') ?? '';
  if (row.step.startsWith('check') || row.step.startsWith('generate (unchanged')) return against(GENERATE, 'generate') ?? '';
  return '';
}

function growthOf(rows: readonly Row[], row: Row): string {
  const sizes = [...new Set(rows.map((r) => r.modules))].sort((a, b) => a - b);
  const previous = sizes[sizes.indexOf(row.modules) - 1];
  const before = previous === undefined ? undefined : find(rows, row.step, previous);
  if (previous === undefined || before === undefined || !(before.cpuSeconds > 0) || Number.isNaN(row.cpuSeconds)) return '';
  const growth = row.cpuSeconds / before.cpuSeconds;
  const exponent = Math.log(growth) / Math.log(row.modules / previous);
  return `${times(growth)} for ${times(row.modules / previous)} modules (n^${exponent.toFixed(2)})`;
}

export function renderTable(rows: readonly Row[]): string {
  const lines = [
    '| step | modules | files | CPU s | wall s | peak RSS MB | CPU ratio (or failure) | CPU growth from previous size |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |',
  ];
  for (const row of rows) {
    const notes = row.failure === undefined ? ratioOf(rows, row) : `FAILED: ${row.failure.replace(/\|/g, '\\|')}`;
    const number = (value: number, digits: number) => (Number.isNaN(value) ? '-' : value.toFixed(digits));
    const cells = [row.step, row.modules, row.files ?? '', number(row.cpuSeconds, 2), number(row.wallSeconds, 2), number(row.peakRssMb, 0), notes, growthOf(rows, row)];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n') + '\n';
}

interface Target {
  name: string;
  value: number | undefined;
  met: (value: number) => boolean;
  shown: (value: number) => string;
}

function minus(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined ? undefined : a - b;
}

export function renderTargets(rows: readonly Row[], exampleValidate: Sample): string {
  const cpu = (step: string, modules: number) => find(rows, step, modules)?.cpuSeconds;
  const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || !(b > 0) || Number.isNaN(a) ? undefined : a / b);
  const gatehouseRss = rows.filter((r) => r.modules === 5000 && !r.step.startsWith('cp') && !r.step.startsWith('JJB') && !Number.isNaN(r.peakRssMb)).map((r) => r.peakRssMb);
  const targets: Target[] = [
    { name: '1000 modules: generate (empty dir) ≤ 1.0× JJB', value: ratio(cpu(GENERATE, 1000), cpu('JJB test (job XML)', 1000)), met: (v) => v <= 1, shown: times },
    { name: '1000 modules: check (clean) ≤ 0.5× generate', value: ratio(cpu('check (clean)', 1000), cpu(GENERATE, 1000)), met: (v) => v <= 0.5, shown: times },
    { name: '1000 modules: generate (unchanged) ≤ 0.3× generate', value: ratio(cpu('generate (unchanged)', 1000), cpu(GENERATE, 1000)), met: (v) => v <= 0.3, shown: times },
    { name: '1000 modules: generate ≤ 3× cp -r', value: ratio(cpu(GENERATE, 1000), cpu(CP, 1000)), met: (v) => v <= 3, shown: times },
    { name: 'generate time(5000) / time(1000) within 5 ± 20%', value: ratio(cpu(GENERATE, 5000), cpu(GENERATE, 1000)), met: (v) => v >= 4 && v <= 6, shown: times },
    // The same growth without the fixed cost of a process (start-up, project-wide files), taken as
    // the cost at 10 modules: a linear t = a + b·n gives 5 here whatever a is.
    {
      name: 'the same, net of the 10-module cost: (t(5000) − t(10)) / (t(1000) − t(10))',
      value: ratio(minus(cpu(GENERATE, 5000), cpu(GENERATE, 10)), minus(cpu(GENERATE, 1000), cpu(GENERATE, 10))),
      met: (v) => v >= 4 && v <= 6,
      shown: times,
    },
    { name: '5000 modules: peak RSS ≤ 300 MB', value: gatehouseRss.length > 0 ? Math.max(...gatehouseRss) : undefined, met: (v) => v <= 300, shown: (v) => `${v.toFixed(0)} MB` },
    { name: 'validate of the example < 300 ms of process time', value: exampleValidate.cpuSeconds, met: (v) => v < 0.3, shown: (v) => `${(v * 1000).toFixed(0)} ms` },
  ];
  const lines = ['| target | measured | met |', '| --- | ---: | --- |'];
  for (const target of targets) {
    const { value } = target;
    lines.push(`| ${target.name} | ${value === undefined ? 'not measured' : target.shown(value)} | ${value === undefined ? '' : target.met(value) ? 'yes' : 'NO'} |`);
  }
  return lines.join('\n') + '\n';
}
