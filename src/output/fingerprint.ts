// The generator fingerprint: a digest of everything besides modules.yaml that generated output
// depends on. Not just the version: a changed line of gatehouse, a template edited in a checkout
// or a dependency upgraded by `npm update` changes output without a version bump, and a seal
// taken by the old gatehouse must then no longer match (see seal.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { PACKAGE_ROOT, TEMPLATES_DIR } from '../util/paths.js';
import { compareCodeUnits } from '../util/compare.js';

export interface FingerprintSources {
  /** gatehouse's compiled code (every .js file under it). */
  codeDir: string;
  templatesDir: string;
  /** Holds package.json, whose version and dependencies are part of the fingerprint. */
  packageRoot: string;
}

/** The running gatehouse: dist/src (this file's parent folder), templates/ and package.json. */
export const INSTALLED_SOURCES: FingerprintSources = {
  codeDir: fileURLToPath(new URL('../', import.meta.url)),
  templatesDir: TEMPLATES_DIR,
  packageRoot: PACKAGE_ROOT,
};

export function readGeneratorFingerprint(sources: FingerprintSources = INSTALLED_SOURCES): string {
  const hash = createHash('sha256').update('gatehouse fingerprint 1\0');
  const trees: [string, string, (path: string) => boolean][] = [
    ['code', sources.codeDir, (path) => path.endsWith('.js')],
    ['templates', sources.templatesDir, () => true],
  ];
  for (const [label, root, wanted] of trees) {
    for (const path of filesUnder(root).filter(wanted)) hash.update(`${label}/${path}\0`).update(readFileSync(join(root, path))).update('\0');
  }
  const manifest = JSON.parse(readFileSync(join(sources.packageRoot, 'package.json'), 'utf8')) as { version?: string; dependencies?: Record<string, string> };
  hash.update(`version ${manifest.version ?? ''}\0`);
  for (const name of Object.keys(manifest.dependencies ?? {}).sort(compareCodeUnits)) {
    hash.update(`dependency ${name}@${installedVersion(sources.packageRoot, name)}\0`);
  }
  return hash.digest('hex');
}

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort(compareCodeUnits);
}

/** The version Node would load: node_modules/<name> here or in a parent folder (a hoisted install). */
function installedVersion(from: string, name: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    try {
      return (JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }).version ?? 'unknown';
    } catch {
      if (dirname(dir) === dir) return 'missing';
    }
  }
}
