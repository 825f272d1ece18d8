import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildManifest, parseManifest, renderManifest, sha256Hex } from '../../src/output/manifest.js';
import { makeTempDir, removeTempDirs } from './temp-dir.js';

after(removeTempDirs);

describe('output: manifest', () => {
  it('lists files sorted by code unit (uppercase before lowercase) and round-trips', () => {
    const entries = buildManifest([
      { path: 'b.txt', content: 'b' },
      { path: 'B.txt', content: 'B' },
      { path: 'a/z.json', content: '{}' },
    ]);
    expect(entries.map((e) => e.path)).to.deep.equal(['B.txt', 'a/z.json', 'b.txt']);
    expect(entries[1]?.sha256).to.equal('44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
    expect(parseManifest(renderManifest(entries))).to.deep.equal({ manifest: { entries, seals: [] }, conflicted: false });
  });

  it('round-trips paths that JSON must escape', () => {
    const entries = buildManifest([
      { path: 'a "quoted" name.txt', content: 'q' },
      { path: 'back\\slash/é\u2028.txt', content: 'b' },
    ]);
    expect(parseManifest(renderManifest(entries))).to.deep.equal({ manifest: { entries, seals: [] }, conflicted: false });
  });

  it('renders any number of entries, across the pieces its file list is built in, one per line in order', () => {
    for (const count of [0, 1, 511, 512, 513, 1025, 1600]) {
      const entries = Array.from({ length: count }, (_, i) => ({ path: `modules/m${String(i).padStart(5, '0')}/"Jenkinsfile"`, sha256: sha256Hex(String(i)) }));
      const text = renderManifest(entries);
      expect(parseManifest(text)).to.deep.equal({ manifest: { entries, seals: [] }, conflicted: false });
      const lines = text.split('\n');
      expect(lines.slice(0, 4).map((line) => line.slice(0, 8))).to.deep.equal(['{', '  "note"', '  "gener', '  "files']);
      expect(lines.slice(4, 4 + count)).to.deep.equal(entries.map((e) => `    {"path": ${JSON.stringify(e.path)}, "sha256": "${e.sha256}"},`));
      expect(lines.slice(4 + count, 7 + count)).to.deep.equal(['    "end"', '  ],', '  "seals": [']);
    }
  });

  it('hashes parts to the digest of their concatenation (the manifest is hashed without joining it)', () => {
    const [files, seals] = ['{\n  "files": [\n    "é",\n', '  "seals": [\n    "€"\n  ]\n}\n'];
    expect(sha256Hex(files, seals)).to.equal(sha256Hex(files + seals));
    expect(sha256Hex(Buffer.from(files), seals)).to.equal(sha256Hex(Buffer.from(files + seals)));
    expect(sha256Hex(files, seals)).to.not.equal(sha256Hex(seals, files));
  });

  const broken: [string, string, RegExp][] = [
    ['not JSON', '{', /not valid JSON/],
    ['no files list', '{"files": 1}', /no "files" list/],
    ['an entry without a hash', '{"files": [{"path": "a"}]}', /is not \{"path", "sha256"\}/],
    ['a hash that is not SHA-256 hex', `{"files": [{"path": "a", "sha256": "${sha256Hex('a').toUpperCase()}"}]}`, /is not/],
  ];
  for (const [name, text, error] of broken) {
    it(`rejects a manifest with ${name}`, () => {
      const parsed = parseManifest(text);
      expect('error' in parsed ? parsed.error : '').to.match(error);
    });
  }
});

describe('output: manifest merges', () => {
  const entry = (path: string, content: string) => ({ path, sha256: sha256Hex(content) });
  const base = [entry('README.md', 'v1'), entry('modules/a/Jenkinsfile', 'a')];

  it('ends every entry line with a comma and closes each list with "end"', () => {
    const lines = renderManifest(base, [{ dir: 'modules/a', seal: sha256Hex('seal') }]).split('\n');
    const entries = lines.filter((line) => line.startsWith('    {'));
    expect(entries).to.have.length(3);
    for (const line of entries) expect(line.endsWith('},'), line).to.equal(true);
    expect(lines.filter((line) => line === '    "end"')).to.have.length(2);
  });

  it('stays valid JSON through git\'s union merge of two branches that each add a module', async () => {
    const ours = renderManifest([entry('README.md', 'ours'), entry('modules/a/Jenkinsfile', 'a'), entry('modules/b/Jenkinsfile', 'b')]);
    const theirs = renderManifest([entry('README.md', 'theirs'), entry('modules/a/Jenkinsfile', 'a'), entry('modules/c/Jenkinsfile', 'c')]);
    const merged = await gitMergeFile(['--union'], ours, renderManifest(base), theirs);
    const parsed = parseManifest(merged);
    expect(parsed).to.have.property('conflicted', false);
    // A line both sides kept may come out twice; the set of (path, hash) is what counts.
    const paths = new Set('manifest' in parsed ? parsed.manifest.entries.map((e) => `${e.path} ${e.sha256}`) : []);
    expect([...paths]).to.have.members(
      [entry('README.md', 'ours'), entry('README.md', 'theirs'), entry('modules/a/Jenkinsfile', 'a'), entry('modules/b/Jenkinsfile', 'b'), entry('modules/c/Jenkinsfile', 'c')].map((e) => `${e.path} ${e.sha256}`),
    );
  });

  it('reads a manifest with conflict markers as both sides\' entries together', async () => {
    const ours = renderManifest([entry('README.md', 'ours')]);
    const theirs = renderManifest([entry('README.md', 'theirs')]);
    const conflicted = await gitMergeFile([], ours, renderManifest([entry('README.md', 'base')]), theirs);
    expect(conflicted).to.include('<<<<<<<');
    expect(parseManifest(conflicted)).to.deep.equal({ manifest: { entries: [entry('README.md', 'ours'), entry('README.md', 'theirs')], seals: [] }, conflicted: true });
  });
});

/** `git merge-file` on three texts (ours, base, theirs); returns the merged text. */
async function gitMergeFile(flags: string[], ours: string, base: string, theirs: string): Promise<string> {
  const dir = await makeTempDir();
  const files = { ours, base, theirs };
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  spawnSync('git', ['merge-file', ...flags, 'ours', 'base', 'theirs'], { cwd: dir });
  return readFile(join(dir, 'ours'), 'utf8');
}
