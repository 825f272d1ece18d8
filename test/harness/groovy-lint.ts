// Runs npm-groovy-lint (CodeNarc) once over a whole generated tree with the committed
// .groovylintrc.json. No CodeNarc server is left running (--noserver); our own Groovy 2.4 compile
// check parses the files, so the linter's Groovy 3 parse is skipped (--no-parse).
//
// CodeNarc is the slowest part of the suite (about a minute of CPU), and its result depends only
// on the files it reads, the rules and the linter: the findings are cached under
// node_modules/.cache/gatehouse/codenarc, keyed by a hash of every file in the tree, the config
// file, the arguments and npm-groovy-lint's version. Any change misses the cache; findings
// (errors included) are stored and replayed as they are, so a cache hit cannot hide a failure.
// GATEHOUSE_TEST_CACHE=off always runs CodeNarc.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/util/paths.js';
import { listFiles } from './pipeline-source.js';

export interface LintFinding {
  file: string;
  line: number | undefined;
  severity: 'error' | 'warning' | 'info';
  rule: string;
  message: string;
}

export interface LintRun {
  findings: LintFinding[];
  /** True when the findings came from the cache. */
  cached: boolean;
  key: string;
}

interface LintJson {
  files: Record<string, { errors: { line?: number; severity: LintFinding['severity']; rule: string; msg: string }[] }>;
}

const LINT_CONFIG = join(PACKAGE_ROOT, '.groovylintrc.json');
const LINT_ARGS = ['--noserver', '--no-parse', '--output', 'json', '--failon', 'none', '.'];
export const LINT_CACHE_DIR = join(PACKAGE_ROOT, 'node_modules', '.cache', 'gatehouse', 'codenarc');

export async function lintTree(root: string, cacheDir: string | null = cacheEnabled() ? LINT_CACHE_DIR : null): Promise<LintRun> {
  const key = lintCacheKey(root, LINT_CONFIG);
  const file = cacheDir === null ? null : join(cacheDir, `${key}.json`);
  const stored = file === null ? undefined : readCached(file);
  if (stored !== undefined) return { findings: stored, cached: true, key };
  const findings = await runCodeNarc(root);
  if (file !== null && cacheDir !== null) writeCached(cacheDir, file, findings);
  return { findings, cached: false, key };
}

/** sha256 over the linter's version, the arguments, the config file and every file of the tree. */
export function lintCacheKey(root: string, configFile: string): string {
  const hash = createHash('sha256');
  const linter = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'node_modules', 'npm-groovy-lint', 'package.json'), 'utf8')) as { version: string };
  hash.update(`npm-groovy-lint ${linter.version}\0${LINT_ARGS.join(' ')}\0`);
  hash.update(readFileSync(configFile));
  for (const path of listFiles(root)) {
    const content = readFileSync(join(root, path));
    hash.update(`\0${path}\0${content.length}\0`);
    hash.update(content);
  }
  return hash.digest('hex');
}

function cacheEnabled(): boolean {
  return process.env['GATEHOUSE_TEST_CACHE'] !== 'off';
}

function readCached(file: string): LintFinding[] | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LintFinding[];
  } catch {
    return undefined;
  }
}

// Written to a temporary name and renamed, so a parallel or interrupted run never reads half a file.
function writeCached(dir: string, file: string, findings: LintFinding[]): void {
  mkdirSync(dir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(findings));
  renameSync(temporary, file);
}

async function runCodeNarc(root: string): Promise<LintFinding[]> {
  const bin = join(PACKAGE_ROOT, 'node_modules', '.bin', 'npm-groovy-lint');
  const args = ['--config', LINT_CONFIG, ...LINT_ARGS];
  const stdout = await new Promise<string>((resolve, reject) => {
    const child = spawn(bin, args, { cwd: root });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`npm-groovy-lint exited ${code}: ${err}`))));
  });
  const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as LintJson;
  return Object.entries(report.files).flatMap(([file, { errors }]) =>
    errors.map((e) => ({ file: file.startsWith(root) ? file.slice(root.length + 1) : file, line: e.line, severity: e.severity, rule: e.rule, message: e.msg })),
  );
}
