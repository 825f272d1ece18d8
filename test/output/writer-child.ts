// A real generate process for the crash and lock tests, with a stop at a chosen writer step:
//   node writer-child.js <config> <out> <step> <count> kill   -> SIGKILL itself (kill -9: no
//                                                                handler runs, nothing is cleaned)
//   node writer-child.js <config> <out> <step> <count> pause  -> write <out>.paused, wait for <out>.go
// Exit 0 when generate finished, 1 when it refused, 3 when the step never came <count> times.
// Only the tests run this; gatehouse's CLI has no such hook.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { generateOutput } from '../../src/app/generate.js';
import type { WriterStep } from '../../src/output/apply-sync.js';

const [config = '', out = '', step = '', count = '0', action = 'kill'] = process.argv.slice(2);
let seen = 0;
let stopped = false;

function stop(): void {
  stopped = true;
  if (action === 'kill') process.kill(process.pid, 'SIGKILL');
  writeFileSync(`${out}.paused`, String(process.pid));
  // The writer is synchronous here, so waiting must block too.
  execFileSync('sh', ['-c', 'while [ ! -e "$1" ]; do sleep 0.02; done', 'wait', `${out}.go`]);
}

const result = await generateOutput({
  config: { path: config, displayName: 'modules.yaml' },
  outDir: out,
  mode: 'write',
  onStep: (done: WriterStep) => {
    if (done === step && ++seen === Number(count)) stop();
  },
});
process.stdout.write(JSON.stringify(result.output?.refusals ?? result.diagnostics) + '\n');
process.exitCode = (result.output?.refusals.length ?? 1) > 0 ? 1 : stopped ? 0 : 3;
