// The schema itself: complete descriptions, closed objects, enums that match the code, built-in
// defaults that match the model, and a valid fixture that exercises every key.
import { expect } from 'chai';
import { parseDocument } from 'yaml';
import { listSchemaReference } from '../../src/config/schema-reference.js';
import { BUILTIN_GITHUB_DEFAULTS, BUILTIN_MODULE_DEFAULTS } from '../../src/model/defaults.js';
import { BRANCH_KINDS, CONFIGURABLE_STAGE_IDS, SKIPPABLE_STAGE_IDS } from '../../src/model/types.js';
import { readFixture, SCHEMA } from './helpers.js';

type Node = Record<string, unknown>;
const defs = SCHEMA['$defs'] as Record<string, Node>;
const def = (name: string): Node => defs[name] ?? expect.fail(`no $defs/${name}`);

/** Every subschema of the schema, with where it is. */
function allSchemas(node: unknown, at = '#'): [string, Node][] {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [];
  const found: [string, Node][] = [[at, node as Node]];
  for (const key of ['properties', '$defs']) {
    for (const [name, child] of Object.entries(((node as Node)[key] ?? {}) as Node)) found.push(...allSchemas(child, `${at}/${key}/${name}`));
  }
  for (const key of ['items', 'additionalProperties', 'propertyNames']) found.push(...allSchemas((node as Node)[key], `${at}/${key}`));
  return found;
}

describe('config: schemas/modules.schema.json', () => {
  it('gives every property a description (its own or its definition\'s)', () => {
    const missing = allSchemas(SCHEMA)
      .filter(([at]) => /\/properties\/[^/]+$/.test(at))
      .filter(([, node]) => {
        const ref = typeof node['$ref'] === 'string' ? def(node['$ref'].replace('#/$defs/', '')) : {};
        return typeof (node['description'] ?? ref['description']) !== 'string';
      })
      .map(([at]) => at);
    expect(missing).to.deep.equal([]);
  });

  it('closes every object with a fixed set of keys (unknown keys are errors)', () => {
    const open = allSchemas(SCHEMA)
      .filter(([, node]) => node['type'] === 'object' && node['additionalProperties'] === undefined)
      .map(([at]) => at);
    expect(open).to.deep.equal([]);
  });

  it('takes stage ids, branch kinds and skippable stages from the model', () => {
    expect(def('stageId')['enum']).to.deep.equal([...CONFIGURABLE_STAGE_IDS]);
    expect(Object.keys(def('branchFlow')['properties'] as Node)).to.deep.equal([...BRANCH_KINDS]);
    expect(def('branchFlow')['required']).to.deep.equal([...BRANCH_KINDS]);
    expect(Object.keys(def('skip')['properties'] as Node)).to.deep.equal([...SKIPPABLE_STAGE_IDS]);
  });

  it('documents exactly the built-in defaults the model applies', () => {
    const chart = def('chart')['properties'] as Record<string, Node>;
    const schemaDefault = (name: string, key: string) => ((def(name)['properties'] as Record<string, Node>)[key] ?? {})['default'];
    expect(chart['probes']?.['default']).to.deep.equal(BUILTIN_MODULE_DEFAULTS.chart.probes);
    expect(chart['resources']?.['default']).to.deep.equal(BUILTIN_MODULE_DEFAULTS.chart.resources);
    for (const key of ['port', 'replicas', 'readOnlyRootFilesystem'] as const) expect(chart[key]?.['default'], key).to.equal(BUILTIN_MODULE_DEFAULTS.chart[key]);
    for (const key of ['enabled', 'minReplicas', 'maxReplicas', 'targetCPUUtilizationPercentage'] as const) {
      expect(schemaDefault('autoscaling', key), key).to.equal(BUILTIN_MODULE_DEFAULTS.chart.autoscaling[key]);
    }
    expect(schemaDefault('build', 'dockerfile')).to.equal(BUILTIN_MODULE_DEFAULTS.build.dockerfile);
    expect(schemaDefault('build', 'context')).to.equal(BUILTIN_MODULE_DEFAULTS.build.context);
    expect(schemaDefault('smokeTests', 'command')).to.equal(BUILTIN_MODULE_DEFAULTS.smokeTests.command);
    expect(schemaDefault('deploy', 'timeoutMinutes')).to.equal(BUILTIN_MODULE_DEFAULTS.deploy.timeoutMinutes);
    expect(schemaDefault('deploy', 'historyMax')).to.equal(BUILTIN_MODULE_DEFAULTS.deploy.historyMax);
    const ingress = (chart['ingress']?.['properties'] ?? {}) as Record<string, Node>;
    expect(ingress['enabled']?.['default']).to.equal(BUILTIN_MODULE_DEFAULTS.chart.ingress.enabled);
  });

  it('documents exactly the GitHub defaults the model applies', () => {
    const project = def('project')['properties'] as Record<string, Node>;
    const property = (node: Node | undefined, key: string) => ((node?.['properties'] ?? {}) as Record<string, Node>)[key] ?? {};
    expect(property(project['github'], 'syncBranch')['default']).to.equal(BUILTIN_GITHUB_DEFAULTS.syncBranch);
    expect(property(project['library'], 'branch')['default']).to.equal(BUILTIN_GITHUB_DEFAULTS.libraryBranch);
    const release = def('releaseGitHub');
    const defaults = BUILTIN_GITHUB_DEFAULTS.release;
    for (const key of ['branchName', 'requireIssueReference', 'checklist'] as const) expect(property(release, key)['default'], key).to.deep.equal(defaults[key]);
    const labels = property(release, 'bumpLabels');
    expect(property(labels, 'major')['default']).to.deep.equal(defaults.bumpLabels.major);
    expect(property(labels, 'minor')['default']).to.deep.equal(defaults.bumpLabels.minor);
  });

  it('is exercised in full by the every-override fixture', () => {
    const used = new Set<string>();
    const walk = (value: unknown, path: string, under: string): void => {
      if (Array.isArray(value)) value.forEach((item) => walk(item, `${path}[]`, under));
      else if (typeof value === 'object' && value !== null) {
        for (const [key, child] of Object.entries(value)) {
          const isName = /^(environments|modules|release\.approvers|modules\.<name>\.environments)$|(^|\.)volumes$/.test(under);
          const next = `${path === '' ? '' : `${path}.`}${isName ? '<name>' : key}`;
          used.add(next);
          walk(child, next, next);
        }
      }
    };
    walk(parseDocument(readFixture('valid', 'every-override.yaml')).toJS(), '', '');
    const documented = listSchemaReference(SCHEMA).map((row) => row.path);
    // Paths the reference lists once under defaults/stable/liveness appear under modules too.
    const unused = documented.filter((path) => !used.has(path));
    expect(unused).to.deep.equal([]);
  });
});
