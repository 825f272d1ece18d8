// Rules whose per-value form the schema restates for editors: the schema rejects the fault (so
// yaml-language-server flags it while typing), gatehouse still reports it once, with the rule's
// code and words, and keeps running every other rule (all problems at once).
import { expect } from 'chai';
import fc from 'fast-check';
import { parse } from 'yaml';
import { environmentNameFinding, moduleNameFinding, namespaceFinding } from '../../src/config/rules/names.js';
import { versionFinding } from '../../src/config/rules/versions.js';
import { checkSchemaReport } from '../../src/config/schema-check.js';
import { minimalWith, SCHEMA, validateText } from './helpers.js';

type Node = Record<string, unknown>;
const props = SCHEMA['properties'] as Record<string, Node>;
const defs = SCHEMA['$defs'] as Record<string, Node>;
const property = (def: string, key: string) => ((defs[def]?.['properties'] ?? {}) as Record<string, Node>)[key] ?? {};

/** Whether a string has the form a schema node (pattern, maxLength) describes. */
function schemaAccepts(node: Node, value: string): boolean {
  return new RegExp(String(node['pattern']), 'u').test(value) && [...value].length <= Number(node['maxLength']);
}

const FAULTS: { name: string; search: string; replacement: string; code: string; message: string }[] = [
  { name: 'a module name that is no DNS label', search: '  api:', replacement: '  api_gateway:', code: 'GH305', message: 'module name "api_gateway" contains "_"; only lowercase letters, digits and "-" are allowed' },
  { name: 'an environment name that is no DNS label', search: '  preprod:', replacement: '  Dev: { namespace: dev, clusterCredentialsId: kube-nonprod }\n  preprod:', code: 'GH306', message: 'environment name "Dev" contains uppercase letters' },
  { name: 'a namespace that is no DNS label', search: 'namespace: staging', replacement: 'namespace: staging.ns', code: 'GH306', message: 'namespace "staging.ns" of environment "staging" contains "."; only lowercase letters, digits and "-" are allowed' },
  { name: 'a version with a leading v', search: 'version: 1.0.0', replacement: 'version: v1.0.0', code: 'GH304', message: 'module "api": version "v1.0.0" is not a semantic version MAJOR.MINOR.PATCH' },
  { name: 'a version with a pre-release part', search: 'version: 1.0.0', replacement: 'version: 1.0.0-rc.1', code: 'GH304', message: 'module "api": version "1.0.0-rc.1" has a pre-release or build part; gatehouse adds those per build' },
];

function allowUntil(expires: string): string {
  return minimalWith('quality:\n', `quality:\n  scan: { allow: [{ id: CVE-2024-1234, reason: 'no fix upstream yet', expires: '${expires}' }] }\n`);
}

describe('config: rule forms the schema restates (one fault, one diagnostic)', () => {
  for (const fault of FAULTS) {
    it(`${fault.name}: the schema rejects it, gatehouse reports it once as ${fault.code}`, () => {
      const text = minimalWith(fault.search, fault.replacement);
      const report = checkSchemaReport(SCHEMA, parse(text));
      expect(report.findings.map((f) => f.code)).to.deep.equal([fault.code]);
      expect(report.shapeValid).to.equal(true);
      const errors = validateText(text).diagnostics.filter((d) => d.severity === 'error');
      expect(errors.map((d) => [d.code, d.message])).to.deep.equal([[fault.code, fault.message]]);
    });
  }

  it('an impossible expiry date: the schema (format: date) rejects it, reported once as GH313', () => {
    const text = allowUntil('2027-02-30');
    expect(checkSchemaReport(SCHEMA, parse(text)).findings.map((f) => f.code)).to.deep.equal(['GH313']);
    expect(validateText(text).diagnostics.map((d) => [d.code, d.message])).to.deep.equal([['GH313', 'allow-list entry CVE-2024-1234 expires on "2027-02-30", a date that does not exist']]);
  });

  it('a malformed date stays one malformed-value error (the pattern speaks, the date rule does not echo it)', () => {
    const text = allowUntil('2027/02/01');
    expect(validateText(text).diagnostics.map((d) => d.code)).to.deep.equal(['GH204']);
  });

  it('still runs every other rule next to a rule-form fault', () => {
    const text = minimalWith('version: 1.0.0\n    lead: alice\n    dependsOn: [store]', 'version: "1.0"\n    lead: alice\n    dependsOn: [stor]');
    expect(validateText(text).diagnostics.map((d) => d.code)).to.deep.equal(['GH304', 'GH300']);
  });

  it('keeps a wrong type the schema\'s own fault (GH202), not the rule\'s', () => {
    const text = minimalWith('namespace: staging', 'namespace: 42');
    expect(validateText(text).diagnostics.map((d) => d.code)).to.deep.equal(['GH202']);
  });

  it('names: the schema forms and the name rules agree on every string', () => {
    const name = fc.string({ unit: fc.constantFrom('a', 'z', '0', '9', '-', 'A', '_', '.', 'é'), maxLength: 70 });
    const pairs: [Node, (s: string) => unknown][] = [
      [(props['modules']?.['propertyNames'] ?? {}) as Node, moduleNameFinding],
      [(props['environments']?.['propertyNames'] ?? {}) as Node, environmentNameFinding],
      [property('environment', 'namespace'), (s) => namespaceFinding('staging', s)],
    ];
    for (const [node, finding] of pairs) {
      fc.assert(fc.property(name, (s) => schemaAccepts(node, s) === (finding(s) === undefined)), { numRuns: 2000 });
    }
  });

  it('versions: the schema form rejects exactly what the version rule rejects (within semver\'s integer range)', () => {
    const part = fc.oneof(fc.nat({ max: 2 ** 53 - 1 }).map(String), fc.constantFrom('01', '00', 'x', ''));
    const version = fc.tuple(fc.constantFrom('', 'v', '='), part, part, part, fc.constantFrom('', '-rc.1', '+b5')).map(([p, a, b, c, s]) => `${p}${a}.${b}.${c}${s}`);
    const node = property('module', 'version');
    fc.assert(fc.property(version, (v) => schemaAccepts(node, v) === (versionFinding('m', v) === undefined)), { numRuns: 2000 });
  });
});
