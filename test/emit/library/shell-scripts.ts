// Runs the shell scripts of library steps under /bin/sh with stub commands, so a test sees what a
// step really does with what helm, kubectl and friends really print.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The `'''...'''` shell scripts of a Groovy source, as Groovy hands them to `sh`: a backslash before
 * a newline joins the lines, `\\` is one backslash and `\'` a quote.
 */
export function groovyShellScripts(source: string): string[] {
  return [...source.matchAll(/'''\n([\s\S]*?)'''/g)].map((m) =>
    m[1]!.replace(/\\(\n|\\|')/g, (_all, escaped: string) => (escaped === '\n' ? '' : escaped)),
  );
}

/** What helm stores in a release secret's `release` key, as kubectl shows it (base64 once more). */
export function helmSecretData(release: object): string {
  const helmEncoded = gzipSync(Buffer.from(JSON.stringify(release))).toString('base64');
  return Buffer.from(helmEncoded).toString('base64');
}

export interface ShellRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** One entry per stub call: the command name and its arguments joined by spaces. */
  calls: string[];
}

/**
 * Runs `script` with stub commands (name -> shell body; each call is logged first) in front of
 * the real PATH, so jq, base64 and gzip are the real ones.
 */
export function runWithStubs(script: string, stubs: Record<string, string>, env: Record<string, string>): ShellRun {
  const dir = mkdtempSync(join(tmpdir(), 'gatehouse-script-'));
  try {
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    const log = join(dir, 'calls.log');
    writeFileSync(log, '');
    for (const [name, body] of Object.entries(stubs)) {
      writeFileSync(join(bin, name), `#!/bin/sh\nprintf '%s\\n' "${name} $*" >> "$STUB_LOG"\n${body}\n`);
      chmodSync(join(bin, name), 0o755);
    }
    const run = spawnSync('/bin/sh', ['-c', script], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: `${bin}:/usr/bin:/bin`, STUB_LOG: log, STUB_DIR: dir, ...env },
    });
    const calls = readFileSync(log, 'utf8').split('\n').filter((line) => line !== '');
    return { status: run.status, stdout: run.stdout, stderr: run.stderr, calls };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
