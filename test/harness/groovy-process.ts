// The one Groovy 2.4 JVM of a test session: starts test/harness/groovy/harness-server.groovy on
// first use and sends it every compile check and pipeline run (JVM start-up costs seconds).
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { PACKAGE_ROOT } from '../../src/util/paths.js';

export const GROOVY_INSTALL_COMMAND = 'apt-get update && apt-get install -y groovy';
const HARNESS_DIR = join(PACKAGE_ROOT, 'test', 'harness');

let server: GroovyServer | undefined;
let requestCounter = 0;
const workDir = mkdtempSync(join(tmpdir(), 'gatehouse-harness-'));
process.on('exit', () => rmSync(workDir, { recursive: true, force: true }));

/**
 * The environment for the harness JVM: JAVA_HOME as the common set-up wants it (the JDK behind
 * `java` on PATH). Throws, with the install command, when Groovy or Java is missing.
 */
export function javaEnvironment(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const probe = spawnSync('/bin/sh', ['-c', 'command -v groovy && readlink -f "$(command -v java)"'], { encoding: 'utf8', env: base });
  const [groovy, java] = probe.stdout.trim().split('\n');
  if (probe.status !== 0 || !groovy || !java) {
    throw new Error(`Groovy 2.4 (and Java) are required for the pipeline tests. Install them with: ${GROOVY_INSTALL_COMMAND}`);
  }
  return { ...base, JAVA_HOME: join(java, '..', '..') };
}

class GroovyServer {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly answers: string[] = [];
  private readonly waiting: ((line: string) => void)[] = [];
  private stderr = '';

  constructor() {
    const classpath = [join(HARNESS_DIR, 'groovy'), join(HARNESS_DIR, 'stubs')].join(':');
    const script = join(HARNESS_DIR, 'groovy', 'harness-server.groovy');
    this.child = spawn('groovy', ['-cp', classpath, script, join(HARNESS_DIR, 'stubs')], { env: javaEnvironment() });
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
    });
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      const resolve = this.waiting.shift();
      if (resolve) resolve(line);
      else this.answers.push(line);
    });
    this.child.on('exit', (code) => {
      for (const resolve of this.waiting.splice(0)) resolve(`fail harness JVM exited (${code}): ${this.stderr}`);
      server = undefined;
    });
    this.idle();
  }

  async send(command: string): Promise<string> {
    this.busy();
    try {
      const answer = new Promise<string>((resolve) => {
        const ready = this.answers.shift();
        if (ready !== undefined) resolve(ready);
        else this.waiting.push(resolve);
      });
      this.child.stdin.write(`${command}\n`);
      return await answer;
    } finally {
      if (this.waiting.length === 0) this.idle();
    }
  }

  /** Ends the JVM (it exits on stdin EOF) and waits for it, so its CPU time is the run's. */
  stop(): Promise<void> {
    return new Promise((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) return resolve();
      this.child.once('exit', () => resolve());
      this.busy();
      this.child.stdin.end();
    });
  }

  // Keep the JVM from holding the test run open when nothing is pending; it exits on stdin EOF.
  private idle(): void {
    this.child.unref();
    for (const stream of this.streams()) stream.unref();
  }

  private busy(): void {
    this.child.ref();
    for (const stream of this.streams()) stream.ref();
  }

  // The pipes are net.Sockets at run time; their declared stream types lack ref/unref.
  private streams(): { ref(): void; unref(): void }[] {
    return [this.child.stdin, this.child.stdout, this.child.stderr] as unknown as { ref(): void; unref(): void }[];
  }
}

/** Sends one request to the harness JVM and returns its parsed JSON result. */
export async function callHarness<T>(operation: 'compile' | 'run' | 'scan' | 'evaluate', request: unknown): Promise<T> {
  server ??= new GroovyServer();
  const id = ++requestCounter;
  const requestPath = join(workDir, `request-${id}.json`);
  const resultPath = join(workDir, `result-${id}.json`);
  writeFileSync(requestPath, JSON.stringify(request));
  const answer = await server.send(`${operation} ${requestPath} ${resultPath}`);
  if (answer !== 'ok') throw new Error(`harness ${operation} failed: ${answer}`);
  return JSON.parse(readFileSync(resultPath, 'utf8')) as T;
}

/** Stops the harness JVM if one is running (a root hook calls it when the test run ends). */
export async function stopHarness(): Promise<void> {
  await server?.stop();
}

/** A fresh temporary directory for one test's files. */
export function makeTempDir(prefix: string): string {
  return mkdtempSync(join(workDir, `${prefix}-`));
}

export { HARNESS_DIR };
