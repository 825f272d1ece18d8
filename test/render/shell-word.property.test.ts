// Property: shellWord(s) is one word that the shell reads back as exactly s, for any string a
// shell argument can hold (well-formed Unicode without NUL: arguments are NUL-terminated byte
// strings). Each batch is one script of `printf '%s\0' WORD` lines run by the real shells Jenkins'
// `sh` step may find (/bin/sh is dash on Debian agents, bash elsewhere); a word that broke out of
// its quotes would print a different value, a different number of values, or run something.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { shellWord } from '../../src/render/escape.js';
import { SLOW_TEST_TIMEOUT_MS } from '../harness/timeouts.js';
import { propertyParameters, propertyRuns } from '../property-runs.js';

const RUNS = propertyRuns();
const BATCH = 500;
const SHELLS = ['sh', 'bash'];

const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("'", '"', '\\', '$', '`', '!', '*', '?', '[', ']', '~', '#', ';', '&', '|', '<', '>', '(', ')', '{', '}', ' ', '\t', '\n', '\r', '%', '-', '=') },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 0xd7ff }).map((code) => String.fromCharCode(code)) },
  { weight: 1, arbitrary: fc.integer({ min: 0xe000, max: 0x10ffff }).map((code) => String.fromCodePoint(code)) },
);
const shellText = fc.string({ unit, maxLength: 48 });

/** Where the shells run: a word that broke out could redirect into a file; never the checkout. */
let sandbox = '';

function readBack(shell: string, inputs: readonly string[]): string[] {
  const script = inputs.map((s) => `printf '%s\\0' ${shellWord(s)}`).join('\n');
  // -e: a syntax error or failed command fails the batch instead of passing silently.
  const out = execFileSync(shell, ['-e'], { input: script, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'], cwd: sandbox });
  return out.split('\u0000').slice(0, -1);
}

describe('property: POSIX shell word (shellWord)', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS); // a loaded 2-core machine, and 10,000 cases in the dedicated run
  before(() => (sandbox = mkdtempSync(join(tmpdir(), 'gatehouse-shell-property-'))));
  after(() => rmSync(sandbox, { recursive: true, force: true }));

  for (const shell of SHELLS) {
    it(`${shell} reads each word back exactly, one value per word (${RUNS} cases)`, () => {
      fc.assert(
        fc.property(fc.array(shellText, { minLength: Math.min(BATCH, RUNS), maxLength: Math.min(BATCH, RUNS) }), (inputs) => {
          const values = readBack(shell, inputs);
          expect(values.length, 'values printed').to.equal(inputs.length);
          const wrong = inputs.flatMap((s, i) => (values[i] === s ? [] : [`${JSON.stringify(s)} read back as ${JSON.stringify(values[i])}`]));
          expect(wrong.slice(0, 3)).to.deep.equal([]);
        }),
        propertyParameters(Math.ceil(RUNS / BATCH)),
      );
    });
  }
});
