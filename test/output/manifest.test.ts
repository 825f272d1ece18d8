import { expect } from 'chai';
import { buildManifest, parseManifest, renderManifest, sha256Hex } from '../../src/output/manifest.js';

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
