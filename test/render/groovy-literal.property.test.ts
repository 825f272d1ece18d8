// Property: any string (lone surrogates and all, except U+FFFF which validation rejects: GH120)
// written with groovyString is a Groovy 2.4 literal that evaluates to exactly that string, so it
// can never break out of its quotes. Compiled and run by the real Groovy 2.4 in the harness JVM,
// one script per batch of cases; each case is its own method returning the bare literal, so a
// literal that escaped its quotes would fail the batch's compilation or change its value.
import { expect } from 'chai';
import fc from 'fast-check';
import { groovyString } from '../../src/render/escape.js';
import { SLOW_TEST_TIMEOUT_MS } from '../harness/timeouts.js';
import { propertyParameters, propertyRuns } from '../property-runs.js';
import { evaluateGroovy, GROOVY_HEX, hex } from './groovy-batch.js';

const RUNS = propertyRuns();
const BATCH = 500;

/** What stresses a Groovy literal most, mixed with any UTF-16 code unit and any code point. */
const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("'", '\\', 'u', 'U', '0', '7', 'a', 'f', '$', '{', '}', '"', '\n', '\r', '\t', '\b', '\f', '\u0000', '\u2028', '\u0085', '/', '*', '#', ' ', '\ufffe') },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0xfffe }).map((code) => String.fromCharCode(code)) },
  { weight: 1, arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }).map((code) => String.fromCodePoint(code)) },
);
const groovyText = fc.string({ unit, maxLength: 48 });

function batchScript(inputs: readonly string[]): string {
  const methods = inputs.map((s, i) => `  static String c${i}() { return ${groovyString(s)} }`);
  return [
    'class Cases {',
    ...methods,
    `  ${GROOVY_HEX}`,
    '  static List run(List<String> expected) {',
    '    List failures = []',
    '    for (int i = 0; i < expected.size(); i++) {',
    "      String got = hex((String) Cases.getMethod('c' + i).invoke(null))",
    '      if (got != expected[i]) failures << [i, got]',
    '    }',
    '    failures',
    '  }',
    '}',
    `Cases.run([${inputs.map((s) => `'${hex(s)}'`).join(', ')}])`,
  ].join('\n');
}

/** The compile error, naming the case on the line it points at (case i is on line i + 2). */
function batchError(inputs: readonly string[], error: string): string {
  const line = Number(/@ line (\d+)/.exec(error)?.[1] ?? NaN);
  const culprit = inputs[line - 2];
  return `batch failed in Groovy 2.4${culprit === undefined ? '' : ` at the literal of ${JSON.stringify(culprit)}, written ${groovyString(culprit)}`}: ${error}`;
}

describe('property: Groovy 2.4 single-quoted literal (groovyString)', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS); // a loaded 2-core machine, and 10,000 cases in the dedicated run

  it(`evaluates to exactly its input and stays printable ASCII (${RUNS} cases, Groovy 2.4)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(groovyText, { minLength: Math.min(BATCH, RUNS), maxLength: Math.min(BATCH, RUNS) }), async (inputs) => {
        for (const s of inputs) expect(groovyString(s)).to.match(/^'[\x20-\x7e]*'$/);
        const [outcome] = await evaluateGroovy([batchScript(inputs)]);
        if (outcome === undefined || 'error' in outcome) throw new Error(batchError(inputs, outcome?.error ?? 'no answer'));
        const failures = outcome.value as [number, string][];
        const shown = failures.slice(0, 3).map(([i, got]) => `${JSON.stringify(inputs[i])} evaluated to code units ${got}`);
        expect(shown, 'literals that did not round-trip').to.deep.equal([]);
      }),
      propertyParameters(Math.ceil(RUNS / BATCH)),
    );
  });
});
