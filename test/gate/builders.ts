// Measurements and thresholds for gate tests: a build that meets stable, varied one field at a time.
import { emptyTestResults } from '../../src/gate/junit.js';
import type { Measurements, ScanResults, TestResults } from '../../src/gate/types.js';
import type { Quality } from '../../src/model/types.js';

/** The project-wide thresholds of the repository's modules.yaml. */
export function projectQuality(): Quality {
  return {
    channels: {
      stable: { minLineCoverage: 80, minBranchCoverage: 70, maxFailedTests: 0, minIntegrationPassRate: 100, maxVulnerabilities: { critical: 0, high: 0, medium: 10 } },
      beta: { minLineCoverage: 70, minBranchCoverage: 55, maxFailedTests: 0, minIntegrationPassRate: 95, maxVulnerabilities: { critical: 0, high: 3 } },
      alpha: { minLineCoverage: 50, minBranchCoverage: 30, maxFailedTests: 3, minIntegrationPassRate: 80, maxVulnerabilities: { critical: 0 } },
    },
    scan: { ignoreUnfixed: true, allow: [] },
  };
}

export function tests(overrides: Partial<TestResults> = {}): TestResults {
  return { ...emptyTestResults(), files: 1, total: 100, passed: 100, ...overrides };
}

export function scan(counts: Partial<ScanResults['counts']> = {}): ScanResults {
  return { counts: { critical: 0, high: 0, medium: 0, low: 0, unknown: 0, ...counts }, ignoredUnfixed: 0, allowed: [], expired: [] };
}

/** Lines 90/100, branches 80/100, 100 passing tests, no vulnerabilities: stable. */
export function stableBuild(overrides: Partial<Measurements> = {}): Measurements {
  return {
    tests: tests(),
    coverage: { format: 'cobertura', lines: { covered: 90, total: 100 }, branches: { covered: 80, total: 100 } },
    scan: scan(),
    ...overrides,
  };
}

export function withCoverage(lines: [number, number], branches: [number, number] = [80, 100]): Partial<Measurements> {
  return { coverage: { format: 'lcov', lines: { covered: lines[0], total: lines[1] }, branches: { covered: branches[0], total: branches[1] } } };
}

/** Integration results with `passed` of `executed` tests passing (the rest failed). */
export function integration(passed: number, executed: number, skipped = 0): TestResults {
  return tests({ total: executed + skipped, passed, failures: executed - passed, skipped });
}
