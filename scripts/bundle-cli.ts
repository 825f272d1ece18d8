// Build step (`npm run build`, after compile-schema): the CLI as users run it (package.json's bin,
// `npx gatehouse`, `npm start`, the Docker image), bundled by esbuild into dist/src/bundle/.
//
// Why: Node 20 resolves, reads, compiles and links every ES module on its own (about 180 files for
// `validate`: ours, commander's), and calls across module boundaries go through live bindings.
// Bundled, a run loads a few files, and at 1000 modules `generate` costs about 13% less CPU
// (docs/cli-startup.md has the measurements). Code splitting keeps each command's implementation
// in a chunk of its own, imported only when the command runs (src/cli/main.ts).
//
// dist/src/bundle/ sits one folder below dist/src, as every compiled area does, so what the code
// finds from import.meta.url stays where it was: the package root (src/util/paths.ts), the code
// the generator fingerprint covers (src/output/fingerprint.ts: all of dist/src, so the bundled and
// the compiled CLI seal output alike), and the compiled schema validator, copied next to the
// chunks (src/config/load-compiled-schema.ts). Packages loaded on first use (ajv, yaml, semver,
// diff: src/util/load-on-first-use.ts) are required by name at run time and stay in node_modules.
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { COMPILED_SCHEMA_FILE } from '../src/config/load-compiled-schema.js';
import { PACKAGE_ROOT } from '../src/util/paths.js';

const BUNDLE_DIR = join(PACKAGE_ROOT, 'dist/src/bundle');

rmSync(BUNDLE_DIR, { recursive: true, force: true });
await build({
  entryPoints: [join(PACKAGE_ROOT, 'dist/src/cli/bin.js')],
  outdir: BUNDLE_DIR,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The CommonJS packages bundled (commander) call require for Node's own modules.
  banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
  logLevel: 'warning',
});
copyFileSync(COMPILED_SCHEMA_FILE, join(BUNDLE_DIR, 'modules-schema-validator.cjs'));
