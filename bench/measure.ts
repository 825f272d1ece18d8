// Runs one command as a whole process under GNU time and reads back what the kernel counted for it
// (and its children): user + system CPU, wall time and peak resident set size.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Sample {
  cpuSeconds: number;
  wallSeconds: number;
  peakRssMb: number;
  /** Why the step did not finish as expected (wrong exit code, timed out); the numbers are then partial. */
  failure?: string;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs `command` in `cwd`. A run that does not exit with `expectedCode` within `timeoutSeconds` is
 * a failure: reported, with the end of its stderr, instead of stopping the whole benchmark.
 */
export function measure(command: readonly string[], cwd: string, expectedCode = 0, timeoutSeconds = 3600): Sample {
  const scratch = mkdtempSync(join(tmpdir(), 'gatehouse-bench-time-'));
  const report = join(scratch, 'time.txt');
  try {
    const [program, ...args] = command;
    const run = spawnSync(GNU_TIME, ['-f', '%U %S %e %M', '-o', report, program ?? '', ...args], {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 1 << 30,
      timeout: timeoutSeconds * 1000,
      killSignal: 'SIGKILL',
    });
    if (run.signal !== null) return { cpuSeconds: NaN, wallSeconds: timeoutSeconds, peakRssMb: NaN, failure: `killed after ${timeoutSeconds} s` };
    // GNU time writes "Command exited with non-zero status N" before the numbers.
    const lines = readFileSync(report, 'utf8').trim().split('\n');
    const [user, system, wall, rssKb] = (lines.at(-1) ?? '').split(' ').map(Number);
    const sample = { cpuSeconds: (user ?? 0) + (system ?? 0), wallSeconds: wall ?? 0, peakRssMb: (rssKb ?? 0) / 1024 };
    if (run.status === expectedCode) return sample;
    const lastLine = run.stderr.toString('utf8').trim().split('\n').at(-1) ?? '';
    return { ...sample, failure: `exit ${run.status} (expected ${expectedCode}): ${lastLine.slice(0, 160)}` };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Medians of CPU and wall time, and the highest peak RSS, over `samples`; the first failure, if any. */
export function summarise(samples: readonly Sample[]): Sample {
  const failure = samples.find((s) => s.failure !== undefined)?.failure;
  return {
    ...(failure === undefined ? {} : { failure }),
    cpuSeconds: median(samples.map((s) => s.cpuSeconds)),
    wallSeconds: median(samples.map((s) => s.wallSeconds)),
    peakRssMb: Math.max(...samples.map((s) => s.peakRssMb)),
  };
}
