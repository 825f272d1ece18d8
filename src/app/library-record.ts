// generated/library-versions.json in the generate/check use case: the record found in the output
// directory (every version generated before) plus the pinned version, or GH360 at
// project.library.version when the library changed under a version already recorded.
import { join } from 'node:path';
import { locateFindings } from '../config/locate.js';
import { parseYaml } from '../config/yaml-document.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LibraryRecord } from '../emit/library/record.js';
import { LIBRARY_RECORD_PATH, libraryTreeId, parseLibraryRecord, planLibraryRecord } from '../emit/library/record.js';
import type { FileSet } from '../emit/types.js';
import { toFileSet } from '../emit/types.js';
import type { Model } from '../model/types.js';
import { readCurrentFile } from '../output/safe-path.js';
import type { ConfigSource } from './load-project.js';

export async function withLibraryRecord(files: FileSet, model: Model, outDir: string, config: ConfigSource, text: string): Promise<{ files: FileSet } | { diagnostics: Diagnostic[] }> {
  const current = await readCurrentFile(outDir, LIBRARY_RECORD_PATH).catch(() => ({ state: 'absent' as const }));
  let old: LibraryRecord = {};
  if (current.state === 'file') {
    const parsed = parseLibraryRecord(current.bytes.toString('utf8'));
    if ('error' in parsed) return { diagnostics: [unreadableRecord(outDir, parsed.error)] };
    old = parsed.versions;
  }
  const planned = planLibraryRecord(old, model.project.library.version, libraryTreeId(files));
  if ('file' in planned) return { files: toFileSet([...files, planned.file]) };
  const yaml = parseYaml({ name: config.displayName, text });
  if (!('source' in yaml)) throw new Error('internal: modules.yaml parsed before but not now');
  return { diagnostics: locateFindings(yaml.source, [planned.finding]) };
}

function unreadableRecord(outDir: string, error: string): Diagnostic {
  const file = join(outDir, LIBRARY_RECORD_PATH);
  return { code: 'GH365', severity: 'error', message: `${file} cannot be read: ${error}`, file, path: '', hint: `restore it with git checkout -- ${file}` };
}
