import { expect } from 'chai';
import { evaluateGate } from '../../src/gate/evaluate.js';
import type { GateChannel, Measurements } from '../../src/gate/types.js';
import type { Channel } from '../../src/model/types.js';
import { integration, projectQuality, scan, stableBuild, tests, withCoverage } from './builders.js';

function gate(measurements: Measurements, required: Channel = 'alpha') {
  return evaluateGate({ module: 'catalog', quality: projectQuality(), required, measurements });
}

describe('gate: classification', () => {
  it('classifies a build that meets every stable threshold as stable, with no misses', () => {
    const result = gate(stableBuild());
    expect(result.channel).to.equal('stable');
    expect(result.misses).to.deep.equal([]);
    expect(result.passed).to.equal(true);
  });

  // Each case changes one measurement; `channel` is what the project thresholds make of it, and
  // `missed` the channels whose threshold it misses. Values exactly at a threshold pass.
  const cases: { name: string; build: Partial<Measurements>; channel: GateChannel; missed: Channel[] }[] = [
    { name: 'line coverage exactly 80% (stable min)', build: withCoverage([80, 100]), channel: 'stable', missed: [] },
    { name: 'line coverage 79.9%', build: withCoverage([799, 1000]), channel: 'beta', missed: ['stable'] },
    { name: 'line coverage exactly 70% as 7/10', build: withCoverage([7, 10]), channel: 'beta', missed: ['stable'] },
    { name: 'line coverage exactly 50% (alpha min)', build: withCoverage([50, 100]), channel: 'alpha', missed: ['stable', 'beta'] },
    { name: 'line coverage 49%', build: withCoverage([49, 100]), channel: 'rejected', missed: ['stable', 'beta', 'alpha'] },
    { name: 'branch coverage exactly 70%', build: withCoverage([90, 100], [70, 100]), channel: 'stable', missed: [] },
    { name: 'branch coverage 69%', build: withCoverage([90, 100], [69, 100]), channel: 'beta', missed: ['stable'] },
    { name: 'branch coverage exactly 55%', build: withCoverage([90, 100], [55, 100]), channel: 'beta', missed: ['stable'] },
    { name: 'branch coverage exactly 30%', build: withCoverage([90, 100], [30, 100]), channel: 'alpha', missed: ['stable', 'beta'] },
    { name: 'branch coverage 29%', build: withCoverage([90, 100], [29, 100]), channel: 'rejected', missed: ['stable', 'beta', 'alpha'] },
    { name: 'one failed test', build: { tests: tests({ passed: 99, failures: 1 }) }, channel: 'alpha', missed: ['stable', 'beta'] },
    { name: 'three failed tests (alpha max), errors counted', build: { tests: tests({ passed: 97, failures: 1, errors: 2 }) }, channel: 'alpha', missed: ['stable', 'beta'] },
    { name: 'four failed tests', build: { tests: tests({ passed: 96, errors: 4 }) }, channel: 'rejected', missed: ['stable', 'beta', 'alpha'] },
    { name: 'integration pass rate exactly 100%', build: { integration: integration(40, 40) }, channel: 'stable', missed: [] },
    { name: 'integration pass rate 99%', build: { integration: integration(99, 100) }, channel: 'beta', missed: ['stable'] },
    { name: 'integration pass rate exactly 95%', build: { integration: integration(95, 100) }, channel: 'beta', missed: ['stable'] },
    { name: 'integration pass rate exactly 80%, skipped not counted', build: { integration: integration(80, 100, 7) }, channel: 'alpha', missed: ['stable', 'beta'] },
    { name: 'integration pass rate 79%', build: { integration: integration(79, 100) }, channel: 'rejected', missed: ['stable', 'beta', 'alpha'] },
    { name: 'one critical vulnerability', build: { scan: scan({ critical: 1 }) }, channel: 'rejected', missed: ['stable', 'beta', 'alpha'] },
    { name: 'one high vulnerability', build: { scan: scan({ high: 1 }) }, channel: 'beta', missed: ['stable'] },
    { name: 'three high vulnerabilities (beta max)', build: { scan: scan({ high: 3 }) }, channel: 'beta', missed: ['stable'] },
    { name: 'four high vulnerabilities', build: { scan: scan({ high: 4 }) }, channel: 'alpha', missed: ['stable', 'beta'] },
    { name: 'ten medium vulnerabilities (stable max)', build: { scan: scan({ medium: 10 }) }, channel: 'stable', missed: [] },
    { name: 'eleven medium vulnerabilities', build: { scan: scan({ medium: 11 }) }, channel: 'beta', missed: ['stable'] },
    { name: 'low and unknown vulnerabilities (no limit set)', build: { scan: scan({ low: 500, unknown: 9 }) }, channel: 'stable', missed: [] },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.channel}`, () => {
      const result = gate(stableBuild(c.build));
      expect(result.channel).to.equal(c.channel);
      expect(result.misses.map((m) => m.channel)).to.deep.equal(c.missed);
    });
  }

  it('reports measured and required values of a miss', () => {
    const result = gate(stableBuild(withCoverage([799, 1000])));
    expect(result.misses).to.deep.equal([{ channel: 'stable', threshold: 'lineCoverage', required: 80, measured: 79.9 }]);
  });

  it('lists every missed threshold of every channel for a rejected build', () => {
    const result = gate(
      stableBuild({ ...withCoverage([40, 100], [20, 100]), tests: tests({ passed: 90, failures: 6, errors: 4 }), integration: integration(50, 100), scan: scan({ critical: 2, high: 5, medium: 12 }) }),
    );
    expect(result.channel).to.equal('rejected');
    expect(result.passed).to.equal(false);
    const missed = result.misses.map((m) => `${m.channel} ${m.threshold} ${m.measured} vs ${m.required}`);
    expect(missed).to.deep.equal([
      'stable lineCoverage 40 vs 80',
      'stable branchCoverage 20 vs 70',
      'stable failedTests 10 vs 0',
      'stable integrationPassRate 50 vs 100',
      'stable vulnerabilities.critical 2 vs 0',
      'stable vulnerabilities.high 5 vs 0',
      'stable vulnerabilities.medium 12 vs 10',
      'beta lineCoverage 40 vs 70',
      'beta branchCoverage 20 vs 55',
      'beta failedTests 10 vs 0',
      'beta integrationPassRate 50 vs 95',
      'beta vulnerabilities.critical 2 vs 0',
      'beta vulnerabilities.high 5 vs 3',
      'alpha lineCoverage 40 vs 50',
      'alpha branchCoverage 20 vs 30',
      'alpha failedTests 10 vs 3',
      'alpha integrationPassRate 50 vs 80',
      'alpha vulnerabilities.critical 2 vs 0',
    ]);
  });
});

describe('gate: not measured', () => {
  it('does not measure or block on integration when no integration reports are given', () => {
    const result = gate(stableBuild());
    expect(result.metrics.integrationPassRate).to.equal(null);
    expect(result.misses.some((m) => m.threshold === 'integrationPassRate')).to.equal(false);
  });

  it('treats 0/0 branch coverage as not measured, which misses every non-zero minimum', () => {
    const result = gate(stableBuild(withCoverage([90, 100], [0, 0])));
    expect(result.metrics.branchCoverage).to.equal(null);
    expect(result.channel).to.equal('rejected');
    expect(result.misses.filter((m) => m.threshold === 'branchCoverage').map((m) => m.measured)).to.deep.equal([null, null, null]);
  });

  it('lets not-measured coverage meet a minimum of 0 (e.g. Go, which has no branch coverage)', () => {
    const quality = projectQuality();
    for (const channel of ['stable', 'beta', 'alpha'] as const) quality.channels[channel].minBranchCoverage = 0;
    const result = evaluateGate({ module: 'auth', quality, required: 'stable', measurements: stableBuild(withCoverage([90, 100], [0, 0])) });
    expect(result.channel).to.equal('stable');
  });

  it('counts integration reports whose tests were all skipped as not measured, and misses', () => {
    const result = gate(stableBuild({ integration: integration(0, 0, 12) }));
    expect(result.metrics.integrationPassRate).to.equal(null);
    expect(result.channel).to.equal('rejected');
  });
});

describe('gate: required channel', () => {
  const beta = stableBuild(withCoverage([75, 100]));
  it('passes when the channel reached is the required one or higher', () => {
    expect(gate(beta, 'alpha').passed).to.equal(true);
    expect(gate(beta, 'beta').passed).to.equal(true);
  });
  it('fails when the channel reached is below the required one', () => {
    const result = gate(beta, 'stable');
    expect(result.channel).to.equal('beta');
    expect(result.passed).to.equal(false);
  });
});
