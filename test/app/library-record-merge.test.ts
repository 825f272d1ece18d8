// generated/library-versions.json after a git merge: .gitattributes merges it as text, so two
// branches that each recorded a library version leave conflict markers, and generate keeps the
// versions of both sides without --force (a clash on one version is for a person to settle).
import { expect } from 'chai';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseRecordText } from '../../src/app/library-record.js';
import { generateOutput } from '../../src/app/generate.js';
import { LIBRARY_RECORD_PATH, parseLibraryRecord, renderLibraryRecord } from '../../src/emit/library/record.js';
import type { LibraryRecord } from '../../src/emit/library/record.js';
import { SMALL_CONFIG } from '../emit/jenkinsfile/support.js';
import { makeTempDir, removeTempDirs } from '../output/temp-dir.js';

const TREE_A = 'a'.repeat(40);
const TREE_B = 'b'.repeat(40);

/** The record text git leaves when each side added its own lines after the common ones. */
function conflicted(ours: LibraryRecord, theirs: LibraryRecord): string {
  const [a, b] = [renderLibraryRecord(ours).split('\n'), renderLibraryRecord(theirs).split('\n')];
  let head = 0;
  while (a[head] === b[head]) head += 1;
  let tail = 0;
  while (a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail += 1;
  const middle = (lines: string[]) => lines.slice(head, lines.length - tail);
  return [...a.slice(0, head), '<<<<<<< HEAD', ...middle(a), '=======', ...middle(b), '>>>>>>> other', ...a.slice(a.length - tail)].join('\n');
}

describe('app: the library record after a git merge', () => {
  afterEach(removeTempDirs);

  it('reads both sides of a conflicted record, and refuses one version recorded as two trees', () => {
    const base = { 'v1.0.0': TREE_A };
    const text = conflicted({ ...base, 'v1.1.0': TREE_A }, { ...base, 'v1.2.0': TREE_B });
    expect(text).to.include('<<<<<<<');
    expect(parseRecordText(text)).to.deep.equal({ versions: { 'v1.0.0': TREE_A, 'v1.1.0': TREE_A, 'v1.2.0': TREE_B } });
    const clash = parseRecordText(conflicted({ ...base, 'v1.1.0': TREE_A }, { ...base, 'v1.1.0': TREE_B }));
    expect(clash).to.have.property('error').that.includes('record v1.1.0 as different library trees');
    expect(parseRecordText(renderLibraryRecord(base))).to.deep.equal({ versions: base });
  });

  it('generate keeps the versions of both sides without --force, says the file was conflicted, and check passes', async () => {
    const out = join(await makeTempDir(), 'generated');
    const generate = (mode: 'write' | 'check') => generateOutput({ config: { path: SMALL_CONFIG, displayName: 'modules.yaml' }, outDir: out, mode });
    expect((await generate('write')).output?.refusals).to.deep.equal([]);
    const ours = parseLibraryRecord(await readFile(join(out, LIBRARY_RECORD_PATH), 'utf8'));
    if ('error' in ours) throw new Error(ours.error);
    await writeFile(join(out, LIBRARY_RECORD_PATH), conflicted(ours.versions, { ...ours.versions, 'v0.9.0': TREE_B }));

    const result = await generate('write');
    expect(result.diagnostics).to.deep.equal([]);
    expect(result.output?.refusals).to.deep.equal([]);
    expect(result.output?.conflicted).to.deep.equal([LIBRARY_RECORD_PATH]);
    expect(parseLibraryRecord(await readFile(join(out, LIBRARY_RECORD_PATH), 'utf8'))).to.deep.equal({ versions: { ...ours.versions, 'v0.9.0': TREE_B } });
    expect((await generate('check')).output?.report?.files).to.deep.equal([]);
  });
});
