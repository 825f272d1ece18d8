// Build step (`npm run build`, after compile-schema): the CLI as it is installed (package.json's
// bin), bundled by esbuild into dist/src/bundle/. Node 20 resolves, reads and compiles every
// module file separately (about 180 for `validate`: ours, yaml's, commander's), which cost a
// quarter of validate's CPU; the bundle loads a few files. Code splitting keeps each command's
// implementation in its own chunk, imported only when the command runs (src/cli/main.ts).
//
// dist/src/bundle/ is one folder below dist/src like every compiled area, so what the code finds
// from import.meta.url stays where it was: the package root (src/util/paths.ts), the compiled
// code the generator fingerprint covers (src/output/fingerprint.ts: dist/src, the bundle
// included), and the compiled schema validator, copied next to the chunks
// (src/config/load-compiled-schema.ts). ajv itself stays outside: it is required at run time,
// and only when the schema has to be compiled then (src/config/ajv.ts).
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { COMPILED_SCHEMA_FILE } from '../src/config/load-compiled-schema.js';
import { PACKAGE_ROOT } from '../src/util/paths.js';

const BUNDLE_DIR = join(PACKAGE_ROOT, 'dist/src/bundle');

rmSync(BUNDLE_DIR, { recursive: true, force: true });
await build({
  // The paths esbuild writes into comments are relative to this: the same bundle (and generator
  // fingerprint) from any working directory.
  absWorkingDir: PACKAGE_ROOT,
  entryPoints: [join(PACKAGE_ROOT, 'dist/src/cli/bin.js')],
  outdir: BUNDLE_DIR,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The CommonJS packages bundled (yaml, commander) call require for Node's own modules.
  banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
  logLevel: 'warning',
});
copyFileSync(COMPILED_SCHEMA_FILE, join(BUNDLE_DIR, 'modules-schema-validator.cjs'));
