// Test helper: runs Groovy 2.4 (the version Jenkins runs) once per call, on a script file in a
// temporary directory. Callers batch their work into one script so a test starts one JVM.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { PACKAGE_ROOT } from '../../src/util/paths.js';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

function javaHome(): string {
  const fromEnv = process.env.JAVA_HOME;
  if (fromEnv) return fromEnv;
  const java = execFileSync('sh', ['-c', 'command -v java'], { encoding: 'utf8' }).trim();
  const real = execFileSync('readlink', ['-f', java], { encoding: 'utf8' }).trim();
  return dirname(dirname(real));
}

/** Runs `script` (Groovy source) with `args`; returns stdout. Throws with stderr on failure. */
export function runGroovy(script: string, args: readonly string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'gatehouse-groovy-'));
  try {
    const file = join(dir, 'Run.groovy');
    writeFileSync(file, script, 'utf8');
    return execFileSync('groovy', [file, ...args], {
      encoding: 'utf8',
      env: { ...process.env, JAVA_HOME: javaHome() },
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** UTF-16 code units of `s` in hex, comma-terminated: an encoding-proof way to compare strings. */
export function codeUnitsHex(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += s.charCodeAt(i).toString(16) + ',';
  return out;
}

/**
 * Evaluates each Groovy expression in one JVM and returns what each evaluated to, as
 * codeUnitsHex. The script itself contains the expressions verbatim, so a literal that breaks
 * out of its quotes fails compilation or changes a value.
 */
export function evaluateGroovyStrings(expressions: readonly string[]): string[] {
  const body = expressions.map((e, i) => `  static String v${i}() { return ${e} }\n`).join('');
  const calls = expressions.map((_, i) => `hex(Values.v${i}())`).join('\n');
  const script = `class Values {\n${body}}\n` +
    'def hex(String s) { def sb = new StringBuilder(); for (int i = 0; i < s.length(); i++) ' +
    "{ sb.append(Integer.toHexString((int) s.charAt(i))).append(',') }; println sb }\n" +
    `${calls}\n`;
  const output = runGroovy(script);
  return output.split('\n').slice(0, expressions.length);
}

export interface GroovyTreeCheck {
  /** Groovy files (*.groovy and Jenkinsfiles) compiled. */
  files: number;
  /** Compile errors, or interpolated "..." strings found, as Groovy reported them. */
  problems: string[];
}

/**
 * Compiles every Groovy file under each directory with Groovy 2.4 (one JVM for all of them) up
 * to semantic analysis, and lists compile errors and GStrings per directory.
 */
export function checkGroovyTrees(directories: readonly string[]): GroovyTreeCheck[] {
  const script = readFileSync(join(PACKAGE_ROOT, 'test/render/check-groovy.groovy'), 'utf8');
  const lines = runGroovy(script, directories).split('\n');
  return directories.map((dir) => {
    const problems = lines.filter((l) => l.startsWith(`ERROR ${dir} `) || l.startsWith(`GSTRING ${dir} `));
    const checked = lines.find((l) => l.startsWith(`CHECKED ${dir} `));
    return { files: checked ? Number(checked.split(' ')[2]) : 0, problems };
  });
}
