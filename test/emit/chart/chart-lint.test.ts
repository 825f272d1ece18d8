// The checks a chart linter makes that need no helm binary, for every module of modules.yaml.
import { expect } from 'chai';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import semver from 'semver';
import { isScalar, parseDocument } from 'yaml';
import { generatedHeader } from '../../../src/emit/header.js';
import type { Plan } from '../../../src/plan/types.js';
import type { Files } from './load-charts.js';
import { chartsByModule, fileOf, helmMerge, isPlainObject, loadRepositoryPlan, withoutRequired, yamlOf } from './load-charts.js';

const TEMPLATE_FILES = [
  '.helmignore',
  'templates/NOTES.txt',
  'templates/_helpers.tpl',
  'templates/deployment.yaml',
  'templates/hpa.yaml',
  'templates/ingress.yaml',
  'templates/pdb.yaml',
  'templates/service.yaml',
  'templates/serviceaccount.yaml',
  'templates/tests/test-connection.yaml',
  'values.schema.json',
];
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

function compile(schema: unknown): ValidateFunction {
  return new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema as object);
}

function expectValid(validate: ValidateFunction, data: unknown, what: string): void {
  const valid = validate(data);
  expect(valid, `${what}: ${JSON.stringify(validate.errors)}`).to.equal(true);
}

/** Every `.Values.a.b` path a template reads. */
function valuesPaths(template: string): string[][] {
  return [...template.matchAll(/\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)/g)].map((m) => (m[1] ?? '').slice(1).split('.'));
}

function hasPath(values: unknown, path: string[]): boolean {
  let node = values;
  for (const key of path) {
    if (!isPlainObject(node) || !(key in node)) return false;
    node = node[key];
  }
  return true;
}

describe('emitted helm charts (lint without helm)', () => {
  let plan: Plan;
  let charts: Map<string, Files>;
  before(async () => {
    plan = await loadRepositoryPlan();
    charts = chartsByModule(plan);
  });

  it('emits one chart per module', () => {
    expect([...charts.keys()]).to.deep.equal(plan.model.modules.map((m) => m.name));
  });

  it('has every template file and a values file per environment', () => {
    const environments = plan.model.environments.map((e) => `values-${e.name}.yaml`);
    for (const [module, files] of charts) {
      const want = [...TEMPLATE_FILES, 'Chart.yaml', 'values.yaml', ...environments].sort();
      expect([...files.keys()].sort(), module).to.deep.equal(want);
    }
  });

  it('writes Chart.yaml with the fields helm requires, version strict SemVer and a YAML string', () => {
    for (const [module, files] of charts) {
      const doc = parseDocument(fileOf(files, 'Chart.yaml'));
      expect(doc.errors, module).to.deep.equal([]);
      const chart = doc.toJS() as Record<string, unknown>;
      expect(chart['apiVersion']).to.equal('v2');
      expect(chart['name']).to.equal(module);
      expect(module).to.match(DNS_LABEL);
      expect(module.length).to.be.at.most(53);
      expect(chart['type']).to.equal('application');
      expect(chart['description']).to.equal(plan.model.modules.find((m) => m.name === module)?.description);
      for (const key of ['version', 'appVersion']) {
        const node = doc.get(key, true);
        expect(isScalar(node) && typeof node.value === 'string', `${module} ${key} is a string`).to.equal(true);
        expect(isScalar(node) && node.type, `${module} ${key} is quoted`).to.equal('QUOTE_DOUBLE');
      }
      const version = chart['version'] as string;
      expect(semver.valid(version), `${module} version ${version}`).to.equal(version);
      expect(semver.validRange(chart['kubeVersion'] as string)).to.not.equal(null);
    }
  });

  it('validates values.yaml, each values-<env>.yaml and the merged values per environment against values.schema.json', () => {
    for (const [module, files] of charts) {
      const schema = JSON.parse(fileOf(files, 'values.schema.json')) as unknown;
      const full = compile(schema);
      const overrides = compile(withoutRequired(schema));
      const values = yamlOf(files, 'values.yaml');
      expectValid(full, values, `${module} values.yaml`);
      for (const environment of plan.model.environments) {
        const path = `values-${environment.name}.yaml`;
        const envValues = yamlOf(files, path) ?? {};
        expectValid(overrides, envValues, `${module} ${path}`);
        expectValid(full, helmMerge(values, envValues), `${module} values.yaml + ${path}`);
      }
    }
  });

  it('takes an image digest as sha256 and 64 lowercase hex digits, and nothing like it', () => {
    const [module, files] = [...charts][0]!;
    const full = compile(JSON.parse(fileOf(files, 'values.schema.json')) as unknown);
    const withDigest = (digest: string) => helmMerge(yamlOf(files, 'values.yaml'), { image: { digest } });
    const hex = '0123456789abcdef'.repeat(4);
    for (const digest of ['', `sha256:${hex}`]) expectValid(full, withDigest(digest), `${module} image.digest ${digest}`);
    for (const digest of [`sha256:${hex.toUpperCase()}`, `sha256:${hex.slice(1)}`, `sha512:${hex}${hex}`, `sha256:${hex} `, `${hex}`, `sha256:${hex}\n--set x=y`]) {
      expect(full(withDigest(digest)), `${module} image.digest ${JSON.stringify(digest)}`).to.equal(false);
    }
  });

  it('reads only .Values paths that values.yaml defines', () => {
    for (const [module, files] of charts) {
      const values = yamlOf(files, 'values.yaml');
      for (const [path, content] of files) {
        if (!path.startsWith('templates/')) continue;
        for (const valuesPath of valuesPaths(content)) {
          expect(hasPath(values, valuesPath), `${module} ${path} reads .Values.${valuesPath.join('.')}`).to.equal(true);
        }
      }
    }
  });

  it('keeps versions out of selector labels and uses only them in selectors', () => {
    for (const [module, files] of charts) {
      const helpers = fileOf(files, 'templates/_helpers.tpl');
      const selector = /define "module\.selectorLabels" -}}([\s\S]*?){{- end }}/.exec(helpers)?.[1];
      expect(selector, module).to.be.a('string');
      expect(selector).to.not.match(/[Vv]ersion|\.Chart\.|helm\.sh\/chart/);
      for (const [path, content] of files) {
        const lines = content.split('\n');
        lines.forEach((line, i) => {
          if (!/^\s*(matchLabels|selector):\s*$/.test(line)) return;
          const next = lines[i + 1] ?? '';
          if (/^\s*matchLabels:\s*$/.test(next)) return;
          expect(next, `${module} ${path}:${i + 2}`).to.match(/include "module\.selectorLabels" \. \| nindent \d+ }}$/);
        });
      }
    }
  });

  it('re-parses every YAML and JSON file and starts every file with the generated header', () => {
    const { configRepository } = plan.model.project;
    for (const [module, files] of charts) {
      for (const [path, content] of files) {
        if (path.endsWith('.json')) {
          expect(() => JSON.parse(content) as unknown, `${module} ${path}`).to.not.throw();
          continue;
        }
        const header = path.startsWith('templates/') ? generatedHeader('helm', configRepository) : generatedHeader('hash', configRepository);
        expect(content.startsWith(header), `${module} ${path} header`).to.equal(true);
        if (path.endsWith('.yaml') && !path.startsWith('templates/')) {
          expect(parseDocument(content).errors, `${module} ${path}`).to.deep.equal([]);
        }
      }
    }
  });
});
