// No O(n^2) in the pipeline, checked without a clock: array work is counted exactly (see
// operation-counter.ts) at 100, 200 and 300 modules. Counts are deterministic, so the second
// difference f(300) - 2 f(200) + f(100) is 2 c n^2 for a quadratic term c n^2 and zero for any
// linear one: from it, the test extrapolates what share of the work a quadratic term would take at
// 5000 modules, and fails above 25% (and on a doubling ratio above 2.6, the issue's own bound).
// A timed comparison of 2000 and 4000 modules would need seconds of quiet CPU and a generous
// margin; counting needs neither and catches the same mistakes, such as a linear find per file.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/util/paths.js';

const CHILD = join(PACKAGE_ROOT, 'dist/test/perf/count-pipeline.js');
const SIZES = [100, 200, 300] as const;
const AT = 5000;

function counts(modules: number, mode?: string): Record<string, number> {
  return JSON.parse(execFileSync(process.execPath, [CHILD, String(modules), ...(mode ? [mode] : [])], { encoding: 'utf8' })) as Record<string, number>;
}

/** Share of the work at AT modules that a quadratic term fitted to the three counts would take. */
function quadraticShareAt(f: readonly number[]): number {
  const [n] = SIZES;
  const [f1 = 0, f2 = 0, f3 = 0] = f;
  const quadratic = (f3 - 2 * f2 + f1) / (2 * n * n);
  const linear = (f2 - f1) / n - 3 * quadratic * n;
  return Math.max(0, quadratic * AT * AT) / Math.max(1, linear * AT + quadratic * AT * AT);
}

describe('perf: work grows linearly with the number of modules', () => {
  it('the instrument tells a linear scan inside a loop from a lookup', function () {
    this.timeout(60_000);
    const measured = SIZES.map((n) => counts(n, 'known-shapes'));
    expect(quadraticShareAt(measured.map((m) => m['known O(n^2)'] ?? 0))).to.be.greaterThan(0.9);
    expect(quadraticShareAt(measured.map((m) => m['known O(n)'] ?? 0))).to.equal(0);
  });

  it('holds for load, generate (empty and unchanged) and check (sealed and fully rendered)', function () {
    this.timeout(300_000);
    const measured = SIZES.map((n) => counts(n));
    for (const phase of Object.keys(measured[0] ?? {})) {
      const f = measured.map((m) => m[phase] ?? 0);
      expect(f[0], phase).to.be.greaterThan(0);
      expect((f[1] ?? 0) / (f[0] ?? 1), `${phase}: counts ${f.join(', ')}`).to.be.at.most(2.6);
      expect(quadraticShareAt(f), `${phase}: counts ${f.join(', ')}`).to.be.at.most(0.25);
    }
  });
});
