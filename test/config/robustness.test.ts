// Property: whatever a user does to modules.yaml, validation answers with diagnostics, never a
// crash; and whatever it accepts, the model and the plan can be built from.
import { expect } from 'chai';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { CODES } from '../../src/diagnostics/codes.js';
import { buildModel } from '../../src/model/build.js';
import { buildPlan } from '../../src/plan/plan.js';
import { DEFAULT_CONFIG } from '../../src/util/paths.js';
import { validateText } from './helpers.js';

const ORIGINAL = readFileSync(DEFAULT_CONFIG, 'utf8').split('\n');
const NOISE = [':', '-', ' ', '[', ']', '{', '}', '&a', '*a', '!', '\t', 'x', '"', "'", '#', '0', 'null', '~'];

type Edit = { line: number; kind: 'delete' | 'duplicate' | 'insert' | 'indent'; at: number; text: string };

const edit: fc.Arbitrary<Edit> = fc.record({
  line: fc.nat(ORIGINAL.length - 1),
  kind: fc.constantFrom('delete', 'duplicate', 'insert', 'indent'),
  at: fc.nat(80),
  text: fc.constantFrom(...NOISE),
});

function apply(lines: string[], e: Edit): string[] {
  const copy = [...lines];
  const line = copy[e.line] ?? '';
  if (e.kind === 'delete') copy.splice(e.line, 1);
  if (e.kind === 'duplicate') copy.splice(e.line, 0, line);
  if (e.kind === 'insert') copy[e.line] = line.slice(0, e.at) + e.text + line.slice(e.at);
  if (e.kind === 'indent') copy[e.line] = (e.at % 2 === 0 ? '  ' : '') + line.replace(/^ {2}/, e.at % 2 === 0 ? '' : '');
  return copy;
}

describe('config: robustness against arbitrary edits', () => {
  it('reports catalogued, positioned diagnostics or builds a model and a plan', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const text = edits.reduce(apply, ORIGINAL).join('\n');
        const { config, diagnostics } = validateText(text);
        for (const d of diagnostics) {
          expect(d.code in CODES, d.code).to.equal(true);
          expect(d.line, `${d.code} ${d.message}`).to.be.at.least(1);
          expect(d.column).to.be.at.least(1);
        }
        if (config !== undefined) buildPlan(buildModel(config));
      }),
      { numRuns: 200, seed: 20261126 },
    );
  });
});
