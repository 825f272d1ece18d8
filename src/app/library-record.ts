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
import { conflictSides } from '../output/conflict-markers.js';
import { OutputDisk } from '../output/disk-state.js';
import type { ConfigSource } from './load-project.js';

export function withLibraryRecord(files: FileSet, model: Model, outDir: string, config: ConfigSource, text: string): { files: FileSet } | { diagnostics: Diagnostic[] } {
  const current = readRecordFile(outDir);
  let old: LibraryRecord = {};
  if (current.state === 'file') {
    const parsed = parseRecordText(current.bytes.toString('utf8'));
    if ('error' in parsed) return { diagnostics: [unreadableRecord(outDir, parsed.error)] };
    old = parsed.versions;
  }
  const planned = planLibraryRecord(old, model.project.library.version, libraryTreeId(files));
  if ('file' in planned) return { files: toFileSet([...files, planned.file]) };
  const yaml = parseYaml({ name: config.displayName, text });
  if (!('source' in yaml)) throw new Error('internal: modules.yaml parsed before but not now');
  return { diagnostics: locateFindings(yaml.source, [planned.finding]) };
}

/**
 * The record's versions. After a git merge of two branches that each generated a library version,
 * the file holds conflict markers (.gitattributes merges it as text): every version either side
 * recorded counts, so the next generate writes them all, unless the sides record one version as
 * two different trees, which only a person can settle.
 */
export function parseRecordText(text: string): { versions: LibraryRecord } | { error: string } {
  const sides = conflictSides(text);
  if (sides === undefined) return parseLibraryRecord(text);
  const [ours, theirs] = [parseLibraryRecord(sides.ours), parseLibraryRecord(sides.theirs)];
  if ('error' in ours) return { error: `our side of a git merge conflict: ${ours.error}` };
  if ('error' in theirs) return { error: `their side of a git merge conflict: ${theirs.error}` };
  const clash = Object.keys(theirs.versions).find((version) => (ours.versions[version] ?? theirs.versions[version]) !== theirs.versions[version]);
  if (clash !== undefined) return { error: `the two sides of a git merge record ${clash} as different library trees; keep the side whose ${clash} was published` };
  return { versions: { ...ours.versions, ...theirs.versions } };
}

function readRecordFile(outDir: string): ReturnType<OutputDisk['read']> {
  try {
    return new OutputDisk(outDir).read(LIBRARY_RECORD_PATH);
  } catch {
    // An output directory that cannot be read is the writer's to report, with its own message.
    return { state: 'absent' };
  }
}

function unreadableRecord(outDir: string, error: string): Diagnostic {
  const file = join(outDir, LIBRARY_RECORD_PATH);
  return { code: 'GH365', severity: 'error', message: `${file} cannot be read: ${error}`, file, path: '', hint: `restore it with git checkout -- ${file}` };
}
