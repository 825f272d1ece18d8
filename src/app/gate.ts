// Use case `gate`: read modules.yaml and the reports, measure, classify. Every unreadable or
// malformed report is collected, so one run names all of them; then nothing is classified.
import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { parseCoverageReport } from '../gate/coverage.js';
import { evaluateGate } from '../gate/evaluate.js';
import { hasWildcards, matchesSegment, parseGlob } from '../gate/glob.js';
import { mergeTestResults, parseJUnitReport } from '../gate/junit.js';
import { REPORT_CODES, ReportError } from '../gate/report-error.js';
import { applyScanPolicy } from '../gate/scan-policy.js';
import { parseTrivyReport } from '../gate/trivy.js';
import type { GateResult, TestResults } from '../gate/types.js';
import type { Channel } from '../model/types.js';
import type { ConfigSource } from './load-project.js';
import { loadProject } from './load-project.js';
import { unknownModule } from './unknown-module.js';
import { compareCodeUnits } from '../util/compare.js';

export interface GateRequest {
  config: ConfigSource;
  module: string;
  junit: string[];
  integration: string[];
  coverage: string;
  scan: string;
  required: Channel;
  /** YYYY-MM-DD (UTC): the day allow-list expiry is judged against. */
  today: string;
  cwd: string;
}

export type GateOutcome = { result: GateResult } | { diagnostics: Diagnostic[]; configText?: string };

export async function runGate(request: GateRequest): Promise<GateOutcome> {
  const project = await loadProject(request.config.path, request.config.displayName);
  if (!project.model || hasErrors(project.diagnostics)) return { diagnostics: project.diagnostics, ...(project.text === undefined ? {} : { configText: project.text }) };
  const module = project.model.modules.find((m) => m.name === request.module);
  if (!module) return { diagnostics: [unknownModule(request.module, project.model.modules.map((m) => m.name), request.config.displayName)] };

  const problems: ReportError[] = [];
  const attempt = async <T>(read: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await read();
    } catch (error) {
      if (!(error instanceof ReportError)) throw error;
      problems.push(error);
      return undefined;
    }
  };
  const readTests = async (patterns: readonly string[]) => {
    const files = await expandPatterns(patterns, request.cwd, problems);
    const results = await Promise.all(files.map((file) => attempt(async () => parseJUnitReport(await readReport(file, request.cwd), file))));
    return mergeTestResults(results.filter((r): r is TestResults => r !== undefined));
  };
  const tests = await readTests(request.junit);
  const integration = request.integration.length > 0 ? await readTests(request.integration) : undefined;
  const coverage = await attempt(async () => parseCoverageReport(await readReport(request.coverage, request.cwd), request.coverage));
  const findings = await attempt(async () => parseTrivyReport(await readReport(request.scan, request.cwd), request.scan));
  if (problems.length > 0 || !coverage || !findings) return { diagnostics: problems.map((p) => p.toDiagnostic()) };
  const measurements = { tests, coverage, scan: applyScanPolicy(findings, module.quality.scan, request.today), ...(integration ? { integration } : {}) };
  return { result: evaluateGate({ module: module.name, quality: module.quality, required: request.required, measurements }) };
}

/** Files matching each pattern; a pattern that matches nothing is a problem, never zero tests. */
async function expandPatterns(patterns: readonly string[], cwd: string, problems: ReportError[]): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    const matched = await expandGlob(pattern, cwd);
    if (matched.length === 0) {
      problems.push(new ReportError(REPORT_CODES.missing, pattern, 'no file matches this pattern', 0, 0, 'check the path relative to the workspace, and that the tests wrote their report'));
    }
    files.push(...matched.filter((file) => !files.includes(file)));
  }
  return files;
}

async function readReport(file: string, cwd: string): Promise<string> {
  try {
    return await readFile(isAbsolute(file) ? file : join(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ReportError(REPORT_CODES.missing, file, 'no such file');
    throw new ReportError(REPORT_CODES.unreadable, file, `cannot read the file (${code ?? String(error)})`);
  }
}

// Report globs on disk (see src/gate/glob.ts for the pattern language). Symlinked directories
// are not descended by `**`, so a link loop cannot hang the gate.
/** Matching files as display paths (relative patterns stay relative), sorted by code unit. */
async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  if (!hasWildcards(pattern)) return [pattern];
  const { base, segments } = parseGlob(pattern);
  const found = new Set<string>();
  const absolute = (display: string) => (isAbsolute(display) ? display : join(cwd, display));
  const walk = async (display: string, index: number): Promise<void> => {
    const segment = segments[index];
    if (segment === undefined) return;
    const last = index === segments.length - 1;
    if (segment.kind === 'globstar') {
      await walk(display, index + 1);
      if (last) return;
    }
    for (const entry of await listDirectory(absolute(display || '.'))) {
      if (!matchesSegment(segment, entry.name)) continue;
      const path = display === '' ? entry.name : display === '/' ? `/${entry.name}` : `${display}/${entry.name}`;
      if (segment.kind === 'globstar') {
        if (entry.isDirectory()) await walk(path, index);
      } else if (last) {
        if (entry.isFile() || entry.isSymbolicLink()) found.add(path);
      } else if (entry.isDirectory() || entry.isSymbolicLink()) await walk(path, index + 1);
    }
  };
  await walk(base, 0);
  return [...found].sort(compareCodeUnits);
}

async function listDirectory(dir: string) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}
