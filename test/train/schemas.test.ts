// The release files' schemas: every property described, objects closed (except the gate metrics
// the pipeline copies from `gatehouse gate --format json` as they are), and the JSON gatehouse
// writes has the schema's keys in the schema's order.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildManifest } from '../../src/train/manifest.js';
import { manifestToJson } from '../../src/train/render-json.js';
import { selectCandidates } from '../../src/train/select.js';
import { DROP_CAUSES } from '../../src/train/types.js';
import { SCHEMAS_DIR } from '../../src/util/paths.js';
import { DIAMOND, everyoneChanged, graphModel } from './support.js';

type Node = Record<string, unknown>;
const load = (name: string) => JSON.parse(readFileSync(join(SCHEMAS_DIR, name), 'utf8')) as Node;
const SCHEMAS = ['release-manifest.schema.json', 'release-candidates.schema.json', 'release-votes.schema.json'];
const OPEN = ['release-candidates.schema.json#/$defs/gate', 'release-candidates.schema.json#/$defs/gate/properties/tests', 'release-candidates.schema.json#/$defs/gate/properties/vulnerabilities'];

function walk(node: unknown, at: string, visit: (node: Node, at: string) => void): void {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
  visit(node as Node, at);
  for (const key of ['properties', '$defs']) for (const [name, child] of Object.entries(((node as Node)[key] ?? {}) as Node)) walk(child, `${at}/${key}/${name}`, visit);
  for (const key of ['items', 'additionalProperties']) walk((node as Node)[key], `${at}/${key}`, visit);
}

describe('train: the release file schemas', () => {
  for (const name of SCHEMAS) {
    it(`${name}: every property is described and every object closed`, () => {
      const schema = load(name);
      const defs = (schema['$defs'] ?? {}) as Record<string, Node>;
      const undescribed: string[] = [];
      const open: string[] = [];
      walk(schema, `${name}#`, (node, at) => {
        const ref = typeof node['$ref'] === 'string' ? defs[node['$ref'].replace('#/$defs/', '')] ?? {} : {};
        if (/\/properties\/[^/]+$/.test(at) && typeof (node['description'] ?? ref['description']) !== 'string') undescribed.push(at);
        const isObject = node['type'] === 'object' || (Array.isArray(node['type']) && node['type'].includes('object'));
        if (isObject && node['additionalProperties'] !== false) open.push(at);
      });
      expect(undescribed).to.deep.equal([]);
      expect(open).to.deep.equal(OPEN.filter((path) => path.startsWith(name)));
    });
  }

  it('writes the manifest with the schema\'s keys in the schema\'s order', () => {
    const model = graphModel(DIAMOND);
    const manifest = manifestToJson(buildManifest(model, selectCandidates(model, everyoneChanged(model)), { trainId: 't', date: '2026-08-24', hotfix: null, voteClosesAt: '2026-08-24T17:00:00Z', buildUrl: null }));
    const schema = load('release-manifest.schema.json');
    const defs = schema['$defs'] as Record<string, Node>;
    const keys = (node: Node) => Object.keys(node['properties'] as Node);
    expect(Object.keys(manifest)).to.deep.equal(keys(schema));
    const module = manifest.modules[0] as unknown as Record<string, Node>;
    expect(Object.keys(module)).to.deep.equal(keys(defs['module'] ?? {}));
    for (const part of ['image', 'chart', 'gate', 'replaces'] as const) expect(Object.keys(module[part] ?? {}), part).to.deep.equal(keys(defs[part] ?? {}));
    expect(((defs['dropped']?.['properties'] as Node)['cause'] as Node)['enum']).to.deep.equal([...DROP_CAUSES]);
  });
});
