// The diff package is loaded only when check has a diff to show (src/output/check-report.ts): a
// generate and a check of an up-to-date tree run without it, a check of a stale file loads it.
// Checked in a fresh process, since the tests load diff themselves.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../../src/util/paths.js';
import { makeTempDir, removeTempDirs } from './temp-dir.js';

type Step = { mode: 'write' | 'check'; content: string };

/** Runs the writer's steps on `out` in a new node process; after each, whether diff was loaded and the files check reported. */
function runInFreshProcess(out: string, steps: Step[]): { diffLoaded: boolean; reported: string[] }[] {
  const writer = pathToFileURL(`${PACKAGE_ROOT}/dist/src/output/writer.js`).href;
  const script = [
    `import { createRequire } from 'node:module';`,
    `import { writeOutput } from ${JSON.stringify(writer)};`,
    `const cache = createRequire(import.meta.url).cache;`,
    `const seen = [];`,
    `for (const step of JSON.parse(process.env.STEPS)) {`,
    `  const result = await writeOutput(process.env.OUT, [{ path: 'a.txt', content: step.content }], { mode: step.mode, fingerprint: 'test' });`,
    `  const diffLoaded = Object.keys(cache).some((file) => file.includes('/node_modules/diff/'));`,
    `  seen.push({ diffLoaded, reported: (result.report?.files ?? []).map((file) => file.path) });`,
    `}`,
    `process.stdout.write(JSON.stringify(seen));`,
  ].join('\n');
  const env = { ...process.env, OUT: out, STEPS: JSON.stringify(steps) };
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { env, encoding: 'utf8' })) as { diffLoaded: boolean; reported: string[] }[];
}

describe('output: the diff package is loaded only for a diff', function () {
  this.timeout(20000);
  afterEach(removeTempDirs);

  it('generates and checks an up-to-date tree without it, and loads it to show a stale file', async () => {
    const out = await makeTempDir();
    const steps: Step[] = [
      { mode: 'write', content: 'one\n' },
      { mode: 'check', content: 'one\n' },
      { mode: 'check', content: 'two\n' },
    ];
    expect(runInFreshProcess(out, steps)).to.deep.equal([
      { diffLoaded: false, reported: [] },
      { diffLoaded: false, reported: [] },
      { diffLoaded: true, reported: ['.gatehouse-manifest.json', 'a.txt'] },
    ]);
  });
});
