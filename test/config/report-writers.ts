// Which report files a test command writes, for the tools the example modules.yaml uses. Each
// entry encodes the tool's documented flag or default (sources in CONTRIBUTING.md): a command
// whose tools are not here writes nothing that this table can see, and its reports count as
// not written.

export type ReportKind = 'junit' | 'coverage';

interface ReportWriter {
  tool: string;
  kind: ReportKind;
  /** Paths (or, for Gradle's per-class files, globs) this command writes with this tool. */
  writes(command: string): string[];
}

const captured = (command: string, pattern: RegExp): string[] => [...command.matchAll(pattern)].map((m) => m[1] ?? '');
const assignment = (command: string, name: string): string | undefined => new RegExp(`(?:^|\\s)${name}=(\\S+)`).exec(command)?.[1];
const has = (command: string, pattern: RegExp): boolean => pattern.test(command);

export const REPORT_WRITERS: readonly ReportWriter[] = [
  // gotestsum --junitfile FILE (gotestyourself/gotestsum cmd/main.go); `go test` alone writes none.
  { tool: 'gotestsum', kind: 'junit', writes: (c) => captured(c, /\bgotestsum\b[^;&|]*?--junitfile[ =]([^\s;&|]+)/g) },
  // gocover-cobertura reads the profile on stdin and writes Cobertura XML to stdout.
  { tool: 'gocover-cobertura', kind: 'coverage', writes: (c) => captured(c, /\bgocover-cobertura\b[^;&|]*?>\s*([^\s;&|]+)/g) },
  { tool: 'pytest', kind: 'junit', writes: (c) => captured(c, /\bpytest\b[^;&|]*?--junitxml[ =]([^\s;&|]+)/g) },
  { tool: 'pytest-cov', kind: 'coverage', writes: (c) => captured(c, /\bpytest\b[^;&|]*?--cov-report[ =]xml:([^\s;&|]+)/g) },
  // mocha's built-in xunit reporter: --reporter-option output=FILE.
  { tool: 'mocha xunit', kind: 'junit', writes: (c) => captured(c, /\bmocha\b[^;&|]*?--reporter[ =]xunit\b[^;&|]*?--reporter-options? output=([^\s;&|]+)/g) },
  // c8 --reporter=cobertura writes <report-dir, default coverage>/cobertura-coverage.xml.
  {
    tool: 'c8',
    kind: 'coverage',
    writes: (c) => (has(c, /\bc8\b[^;&|]*?--reporter[ =]cobertura\b/) ? [`${/\bc8\b[^;&|]*?--report-dir[ =]([^\s;&|]+)/.exec(c)?.[1] ?? 'coverage'}/cobertura-coverage.xml`] : []),
  },
  // jest-junit: JEST_JUNIT_OUTPUT_DIR (default the working directory) / JEST_JUNIT_OUTPUT_NAME (default junit.xml).
  {
    tool: 'jest-junit',
    kind: 'junit',
    writes: (c) => (has(c, /\bjest\b[^;&|]*?--reporters[ =]jest-junit\b/) ? [`${assignment(c, 'JEST_JUNIT_OUTPUT_DIR') ?? '.'}/${assignment(c, 'JEST_JUNIT_OUTPUT_NAME') ?? 'junit.xml'}`] : []),
  },
  // jest's default coverageReporters (clover, json, lcov, text) have no Cobertura; istanbul's writes cobertura-coverage.xml.
  {
    tool: 'jest',
    kind: 'coverage',
    writes: (c) => (has(c, /\bjest\b[^;&|]*?--coverageReporters[ =]cobertura\b/) ? [`${/--coverageDirectory[ =]([^\s;&|]+)/.exec(c)?.[1] ?? 'coverage'}/cobertura-coverage.xml`] : []),
  },
  // Playwright's junit reporter prints to stdout unless PLAYWRIGHT_JUNIT_OUTPUT_FILE names a file.
  {
    tool: 'playwright',
    kind: 'junit',
    writes: (c) => (has(c, /\bplaywright test\b[^;&|]*?--reporter[ =]junit\b/) ? [assignment(c, 'PLAYWRIGHT_JUNIT_OUTPUT_FILE')].filter((f): f is string => f !== undefined) : []),
  },
  // Gradle's Test tasks write build/test-results/<task>/TEST-<class>.xml (TestingBasePlugin).
  { tool: 'gradle test', kind: 'junit', writes: (c) => (has(c, /\bgradlew\b/) ? captured(c, /\s(\w*[tT]est)(?=\s|$)/g).map((task) => `build/test-results/${task}/*.xml`) : []) },
  // JacocoPlugin's jacocoTestReport: build/reports/jacoco/test/jacocoTestReport.xml (XML must be enabled in the build).
  { tool: 'gradle jacoco', kind: 'coverage', writes: (c) => (has(c, /\bgradlew\b[^;&|]*\sjacocoTestReport\b/) ? ['build/reports/jacoco/test/jacocoTestReport.xml'] : []) },
];

/** Every report of `kind` the command writes, normalised without a leading `./`. */
export function reportsWritten(command: string, kind: ReportKind): string[] {
  return REPORT_WRITERS.filter((w) => w.kind === kind).flatMap((w) => w.writes(command)).map((path) => path.replace(/^\.\//, ''));
}

/** Does the declared report path or glob cover a file the command writes? */
export function declaredMatchesWritten(declared: string, written: readonly string[]): boolean {
  const pattern = new RegExp(`^${declared.replace(/^\.\//, '').split('/').map(globSegment).join('/')}$`);
  return written.some((path) => path === declared || pattern.test(path));
}

function globSegment(segment: string): string {
  if (segment === '**') return '.*';
  return segment.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
}
