// Data the gate works on: measurements read from reports, and the verdict.
import type { Channel, Severity } from '../model/types.js';

/** Outcome counts of one or more JUnit reports; every testcase has exactly one outcome. */
export interface TestResults {
  files: number;
  /** Test cases, plus failures/errors the report declares without a testcase (see junit.ts). */
  total: number;
  passed: number;
  failures: number;
  errors: number;
  skipped: number;
  /** Passed only after a rerun (Surefire's flakyFailure/flakyError). Counted in `passed`. */
  flaky: number;
  /** `classname.name` of failed or errored tests, in report order. */
  failedTests: string[];
  /** Inconsistencies worth a reviewer's eye (attribute counts that disagree with the testcases). */
  warnings: string[];
}

/** Covered out of total; total 0 means the tool measured nothing. */
export interface Ratio {
  covered: number;
  total: number;
}

export interface CoverageResults {
  format: 'cobertura' | 'jacoco' | 'lcov';
  lines: Ratio;
  branches: Ratio;
}

export interface Finding {
  id: string;
  pkgName: string;
  installedVersion: string;
  fixedVersion: string;
  severity: Severity;
}

export interface AllowanceUse {
  id: string;
  reason: string;
  expires: string;
  /** Findings this entry matched. */
  findings: number;
}

export interface ScanResults {
  /** Counted vulnerabilities by severity, after ignoring unfixed and allow-listed ones. */
  counts: Record<Severity, number>;
  /** Findings dropped because no fixed version exists (only when ignoreUnfixed). */
  ignoredUnfixed: number;
  /** Allow-list entries in force that matched findings. */
  allowed: AllowanceUse[];
  /** Allow-list entries past their expiry date; their findings count again. */
  expired: AllowanceUse[];
}

export type MetricName = 'lineCoverage' | 'branchCoverage' | 'failedTests' | 'integrationPassRate' | `vulnerabilities.${Severity}`;

/** One threshold a channel did not meet. `measured` is null when nothing was measured. */
export interface Miss {
  channel: Channel;
  threshold: MetricName;
  required: number;
  measured: number | null;
}

export interface Measurements {
  tests: TestResults;
  coverage: CoverageResults;
  scan: ScanResults;
  /** Absent when no integration reports were given: not measured, not blocking. */
  integration?: TestResults;
}

export type GateChannel = Channel | 'rejected';

export interface GateResult {
  module: string;
  channel: GateChannel;
  required: Channel;
  passed: boolean;
  measurements: Measurements;
  /** Percentages and counts the thresholds were compared with (null: not measured). */
  metrics: Record<MetricName, number | null>;
  /** Each channel's requirement per metric; a metric a channel does not limit is absent. */
  thresholds: Record<Channel, Partial<Record<MetricName, number>>>;
  misses: Miss[];
}
