// Runs npm-groovy-lint (CodeNarc) once over a whole generated tree with the committed
// .groovylintrc.json. No CodeNarc server is left running (--noserver); our own Groovy 2.4 compile
// check parses the files, so the linter's Groovy 3 parse is skipped (--no-parse).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/util/paths.js';

export interface LintFinding {
  file: string;
  line: number | undefined;
  severity: 'error' | 'warning' | 'info';
  rule: string;
  message: string;
}

interface LintJson {
  files: Record<string, { errors: { line?: number; severity: LintFinding['severity']; rule: string; msg: string }[] }>;
}

export async function lintTree(root: string): Promise<LintFinding[]> {
  const bin = join(PACKAGE_ROOT, 'node_modules', '.bin', 'npm-groovy-lint');
  const args = ['--noserver', '--no-parse', '--config', join(PACKAGE_ROOT, '.groovylintrc.json'), '--output', 'json', '--failon', 'none', '.'];
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
