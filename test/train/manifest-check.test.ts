// Bad manifests and candidates files get every problem at once, each at its file:line:column:
// the schema first (GH801), then the rules (GH810-GH815, GH820-GH822).
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locateInDocument, parseJsonDocument } from '../../src/config/json-document.js';
import type { Finding } from '../../src/config/finding.js';
import type { Model } from '../../src/model/types.js';
import { checkCandidates } from '../../src/train/candidates-check.js';
import { buildManifest } from '../../src/train/manifest.js';
import { checkManifest } from '../../src/train/manifest-check.js';
import { selectCandidates } from '../../src/train/select.js';
import type { CandidatesFile, Manifest } from '../../src/train/types.js';
import { SCHEMAS_DIR } from '../../src/util/paths.js';
import { DIAMOND, MANIFEST_SCHEMA, candidate, everyoneChanged, graphModel } from './support.js';

const CANDIDATES_SCHEMA = JSON.parse(readFileSync(join(SCHEMAS_DIR, 'release-candidates.schema.json'), 'utf8')) as object;

/** [code, line, column, the text at that position] of every problem, as the CLI would report them. */
function problems<T>(text: string, schema: object, check: (data: T) => Finding[]): [string, number, number, string][] {
  const document = parseJsonDocument({ name: 'file.json', text }, schema);
  const diagnostics = document.data === undefined || !document.source ? document.diagnostics : locateInDocument(document.source, check(document.data as T));
  const lines = text.split('\n');
  return diagnostics.map((d) => [d.code, d.line ?? 0, d.column ?? 0, (lines[(d.line ?? 0) - 1] ?? '').slice((d.column ?? 1) - 1).trim()]);
}

describe('train/manifest-check: positioned problems in a manifest', () => {
  const model: Model = graphModel(DIAMOND);
  const good = buildManifest(model, selectCandidates(model, everyoneChanged(model)), { trainId: 't', date: '2026-08-24', hotfix: null, voteClosesAt: '2026-08-24T17:00:00Z', buildUrl: null });
  const text = (edit: (m: Manifest) => void) => {
    const copy = structuredClone(good);
    edit(copy);
    return JSON.stringify(copy, null, 2);
  };
  const check = (m: Manifest) => checkManifest(m, model);

  it('has none in a planned manifest', () => {
    expect(problems(text(() => undefined), MANIFEST_SCHEMA, check)).to.deep.equal([]);
  });

  it('reports every schema problem at once, at the key or the value', () => {
    const found = problems(text((m) => {
      (m.modules[0] as unknown as Record<string, unknown>)['extra'] = 1;
      m.modules[1]!.image.digest = 'sha256:abc';
      delete (m as Partial<Manifest>).voteClosesAt;
      (m.dropped as unknown[]).push({ name: 'x', cause: 'bored', reason: 'r', because: [] });
    }), MANIFEST_SCHEMA, check);
    expect(found.map(([code, , , at]) => [code, at])).to.deep.equal([
      ['GH801', '{'],
      ['GH801', '"extra": 1'],
      ['GH801', '"sha256:abc",'],
      ['GH801', '"bored",'],
    ]);
  });

  it('reports every rule problem at once, each where it is', () => {
    const found = problems(text((m) => {
      m.modules[0]!.image.tag = '1.0.0-stable.PR7.1.gabcdef0';
      m.modules[2]!.wave = 1;
      m.modules[3]!.commit = 'feedface';
      m.unchanged = ['top', 'nobody'];
    }), MANIFEST_SCHEMA, check);
    const base = candidate('base');
    expect(found.map(([code, , , at]) => [code, at])).to.deep.equal([
      ['GH811', '"left",'],
      ['GH813', '"1.0.0-stable.PR7.1.gabcdef0",'],
      ['GH813', `"docker.io/acme/base:${base.chartVersion}@${base.imageDigest}"`],
      ['GH811', '1,'],
      ['GH813', '"feedface",'],
      ['GH810', '"top",'],
      ['GH814', '"nobody"'],
    ]);
  });

  it('checks the wave order against modules.yaml once the names are known', () => {
    const found = problems(text((m) => {
      m.modules[2]!.wave = 1;
      m.waves = [['base', 'left', 'loner'], ['right'], ['top'], ['leaf']];
    }), MANIFEST_SCHEMA, check);
    expect(found.map(([code, line]) => [code, line])).to.have.length(1);
    expect(found[0]?.[0]).to.equal('GH812');
  });

  it('refuses a manifest of another project', () => {
    const found = problems(text((m) => (m.project = 'other')), MANIFEST_SCHEMA, check);
    expect(found.map(([code, , , at]) => [code, at])).to.deep.equal([['GH815', '"other",']]);
  });
});

describe('train/candidates-check: positioned problems in a candidates file', () => {
  const model = graphModel(DIAMOND);
  const check = (file: CandidatesFile) => checkCandidates(file, model);
  const text = (edit: (file: CandidatesFile) => void) => JSON.stringify(everyoneChanged(model, edit), null, 2);

  it('accepts the metrics object of gatehouse gate --format json as it is', () => {
    const found = problems(text((f) => (f.candidates[0]!.gate = { ...f.candidates[0]!.gate!, failedTests: 0, coverage: { lines: 1 } } as never)), CANDIDATES_SCHEMA, check);
    expect(found).to.deep.equal([]);
  });

  it('reports unknown and repeated modules, foreign chart versions and commits that do not match', () => {
    const found = problems(text((f) => {
      f.candidates[0]!.module = 'bsae';
      f.candidates.push(candidate('top'));
      f.candidates[1]!.chartVersion = '1.0.0';
      f.candidates[2]!.commit = 'deadbeef';
    }), CANDIDATES_SCHEMA, check);
    expect(found.map(([code, , , at]) => [code, at])).to.deep.equal([
      ['GH814', '"bsae",'],
      ['GH821', '"1.0.0",'],
      ['GH822', '"deadbeef",'],
      ['GH820', '"top",'],
    ]);
  });
});
