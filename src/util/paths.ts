// The one place that knows where gatehouse's own files live, relative to the compiled code
// (dist/src/util/paths.js -> repository or package root).
import { fileURLToPath } from 'node:url';

const root = new URL('../../../', import.meta.url);

export const PACKAGE_ROOT = fileURLToPath(root);
export const TEMPLATES_DIR = fileURLToPath(new URL('templates/', root));
export const SCHEMAS_DIR = fileURLToPath(new URL('schemas/', root));
/** The repository's own modules.yaml, the example project (tests read it). Commands never fall back to it: they look for modules.yaml where they run (src/cli/options.ts). */
export const DEFAULT_CONFIG = fileURLToPath(new URL('modules.yaml', root));
