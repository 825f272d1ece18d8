// Runs test/helm/render (a small Go program on Go's text/template, Sprig and sigs.k8s.io/yaml, the
// libraries helm renders with). It is built once per source hash into .cache/helm-render/, offline,
// from Debian's Go packages (golang-go, golang-github-masterminds-sprig-dev,
// golang-k8s-sigs-yaml-dev; scripts/test.sh installs them).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/util/paths.js';

const SOURCE_DIR = join(PACKAGE_ROOT, 'test/helm/render');
const CACHE_DIR = join(PACKAGE_ROOT, '.cache/helm-render');
/** Debian's Go library tree: GOPATH mode, so nothing is downloaded. */
const DEBIAN_GOPATH = '/usr/share/gocode';

export interface RenderJob {
  /** Chart files by their path inside the chart. */
  files: Record<string, string>;
  /** Chart paths of the files given with -f, in order. */
  valueFiles: string[];
  release: { name: string; namespace: string; revision: number; isInstall: boolean; isUpgrade: boolean };
  kubeVersion: string;
  apiVersions: string[];
  /** Live objects helm's `lookup` finds; none: a first install (or `helm template`). */
  cluster?: object[];
}

export interface RenderedManifest {
  template: string;
  source: string;
  object: unknown;
  error?: string;
}

export interface RenderResult {
  error?: string;
  manifests: RenderedManifest[];
  notes: string;
}

export interface ParseResult {
  value: unknown;
  error?: string;
}

interface Response {
  renders: RenderResult[];
  parses: ParseResult[];
}

let binary: string | undefined;

/** The renderer binary for the current sources, built when this hash has none yet. */
export function helmRenderBinary(): string {
  if (binary !== undefined) return binary;
  const sources = readdirSync(SOURCE_DIR).filter((f) => f.endsWith('.go')).sort();
  const hash = createHash('sha256');
  for (const file of sources) hash.update(file).update('\0').update(readFileSync(join(SOURCE_DIR, file))).update('\0');
  const target = join(CACHE_DIR, hash.digest('hex').slice(0, 16), 'helm-render');
  if (!existsSync(target)) build(target);
  binary = target;
  return target;
}

function build(target: string): void {
  if (!existsSync(join(DEBIAN_GOPATH, 'src/github.com/Masterminds/sprig'))) {
    throw new Error('helm-render needs Go and Sprig: apt-get install -y golang-go golang-github-masterminds-sprig-dev golang-k8s-sigs-yaml-dev (scripts/test.sh does this)');
  }
  mkdirSync(join(target, '..'), { recursive: true });
  const partial = `${target}.${process.pid}.tmp`;
  const env = {
    ...process.env,
    GO111MODULE: 'off',
    GOPATH: DEBIAN_GOPATH,
    GOFLAGS: '',
    GOPROXY: 'off',
    GOTOOLCHAIN: 'local',
    GOCACHE: join(CACHE_DIR, 'go-build'),
  };
  execFileSync('go', ['build', '-o', partial, '.'], { cwd: SOURCE_DIR, env, stdio: ['ignore', 'inherit', 'inherit'] });
  renameSync(partial, target);
}

/** Renders every job and parses every YAML text with helm's YAML 1.1 reader, in one process. */
export function runHelmRender(renders: readonly RenderJob[], parses: readonly string[] = []): Response {
  const output = execFileSync(helmRenderBinary(), [], {
    input: JSON.stringify({ renders, parses }),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(output) as Response;
}
