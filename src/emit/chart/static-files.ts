// Reads the chart's static files (Go templates, .helmignore, values.schema.json) from
// templates/chart/. They are copied as they are: Helm renders them, gatehouse never does.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATES_DIR } from '../../util/paths.js';
import { compareCodeUnits } from '../../util/compare.js';

export interface StaticFile {
  /** POSIX path relative to the chart's root, e.g. `templates/deployment.yaml`. */
  path: string;
  content: string;
}

let cached: readonly StaticFile[] | undefined;

/** Read once per process: the files ship with gatehouse and do not change while it runs. */
export function readChartStaticFiles(): readonly StaticFile[] {
  cached ??= loadStaticFiles(join(TEMPLATES_DIR, 'chart'));
  return cached;
}

function loadStaticFiles(root: string): StaticFile[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((relative) => relative.split('\\').join('/'))
    .filter((relative) => statSync(join(root, relative)).isFile())
    .sort(compareCodeUnits)
    .map((relative) => ({ path: relative, content: readFileSync(join(root, relative), 'utf8') }));
}
