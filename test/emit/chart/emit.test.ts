import { expect } from 'chai';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { emitChartFiles, emitCharts } from '../../../src/emit/chart/emit.js';
import { readChartStaticFiles } from '../../../src/emit/chart/static-files.js';
import { generatedHeader } from '../../../src/emit/header.js';
import type { Plan } from '../../../src/plan/types.js';
import { TEMPLATES_DIR } from '../../../src/util/paths.js';
import type { Files } from './load-charts.js';
import { chartsByModule, fileOf, helmMerge, loadRepositoryPlan, yamlOf } from './load-charts.js';

type Values = Record<string, Record<string, unknown>>;

describe('chart emitter', () => {
  let plan: Plan;
  let charts: Map<string, Files>;
  before(async () => {
    plan = await loadRepositoryPlan();
    charts = chartsByModule(plan);
  });
  const chart = (module: string): Files => charts.get(module) ?? new Map<string, string>();

  it('copies the Go templates verbatim, behind the helm comment header', () => {
    const deployment = readFileSync(join(TEMPLATES_DIR, 'chart', 'templates', 'deployment.yaml'), 'utf8');
    expect(fileOf(chart('auth'), 'templates/deployment.yaml')).to.equal(generatedHeader('helm', plan.model.project.configRepository) + deployment);
    const schema = readFileSync(join(TEMPLATES_DIR, 'chart', 'values.schema.json'), 'utf8');
    expect(fileOf(chart('auth'), 'values.schema.json')).to.equal(schema);
  });

  it('quotes every free-text string value a template writes as a YAML scalar', () => {
    const schema = JSON.parse(readFileSync(join(TEMPLATES_DIR, 'chart', 'values.schema.json'), 'utf8')) as SchemaNode;
    const unquoted: string[] = [];
    for (const file of readChartStaticFiles().filter((f) => f.path.startsWith('templates/') && f.path.endsWith('.yaml'))) {
      let withPath = '';
      for (const line of file.content.split('\n')) {
        const opened = /{{-? with (\.Values\.[\w.]+) -?}}/.exec(line);
        if (opened) withPath = opened[1]!;
        const value = /^\s*(?:- )?[\w.-]+: {{ ([^}]*?) }}$/.exec(line);
        if (!value) continue;
        const [expression, ...pipes] = value[1]!.split('|').map((part) => part.trim());
        const path = expression === '.' ? withPath : expression!;
        if (!path.startsWith('.Values.') || pipes.some((pipe) => pipe === 'quote')) continue;
        if (isFreeText(schemaAt(schema, path.slice('.Values.'.length).split('.')))) unquoted.push(`${file.path}: ${line.trim()}`);
      }
    }
    expect(unquoted).to.deep.equal([]);
  });

  it('writes the module data into values.yaml', () => {
    const auth = yamlOf(chart('auth'), 'values.yaml') as Values;
    expect(auth['image']?.['repository']).to.equal('docker.io/acmeonline/auth');
    expect(auth['image']?.['tag']).to.equal('');
    expect(auth['securityContext']).to.deep.equal({ runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, readOnlyRootFilesystem: true });
    expect(auth['podSecurityContext']).to.deep.equal({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    const worker = yamlOf(chart('render-worker'), 'values.yaml') as Values;
    expect(worker['securityContext']?.['readOnlyRootFilesystem'], 'render-worker opts out').to.equal(false);
    const catalog = yamlOf(chart('catalog'), 'values.yaml') as Values;
    expect(catalog['service']?.['port']).to.equal(8000);
    expect(catalog['autoscaling']?.['enabled']).to.equal(true);
    expect(catalog['autoscaling']?.['maxReplicas']).to.equal(10);
    const gateway = yamlOf(chart('api-gateway'), 'values.yaml') as Values;
    expect(gateway['ingress']?.['host']).to.equal('api.acme-online.example');
    expect(gateway['podDisruptionBudget']?.['minAvailable']).to.equal(2);
  });

  it('writes each environment\'s overrides (environment values, then the module\'s)', () => {
    expect(yamlOf(chart('auth'), 'values-production.yaml')).to.deep.include({ replicaCount: 4 });
    expect(yamlOf(chart('auth'), 'values-staging.yaml')).to.deep.equal({ replicaCount: 1 });
    const editor = helmMerge(yamlOf(chart('editor'), 'values.yaml'), yamlOf(chart('editor'), 'values-production.yaml')) as Values;
    expect(editor['resources']).to.deep.equal({ requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '2', memory: '2Gi' } });
    expect(editor['replicaCount']).to.equal(6);
  });

  it('is deterministic', () => {
    expect(emitChartFiles(plan)).to.deep.equal(emitChartFiles(plan));
  });

  it('carries any description into Chart.yaml exactly', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (description) => {
      const [first] = plan.modules;
      if (!first) throw new Error('no modules');
      const altered = { ...plan, modules: [{ ...first, module: { ...first.module, description } }] };
      const files = emitCharts(altered, readChartStaticFiles());
      const chartYaml = files.find((f) => f.path.endsWith('/Chart.yaml'));
      expect((parse(chartYaml?.content ?? '') as { description: unknown }).description).to.equal(description);
    }), { numRuns: 200 });
  });

  describe('values.schema.json', () => {
    const weakened: [string, (v: Values) => void][] = [
      ['runAsNonRoot false', (v) => { (v['securityContext'] ?? {})['runAsNonRoot'] = false; }],
      ['privilege escalation', (v) => { (v['securityContext'] ?? {})['allowPrivilegeEscalation'] = true; }],
      ['capabilities kept', (v) => { (v['securityContext'] ?? {})['capabilities'] = { drop: ['NET_RAW'] }; }],
      ['added capabilities', (v) => { (v['securityContext'] ?? {})['capabilities'] = { drop: ['ALL'], add: ['SYS_ADMIN'] }; }],
      ['an unconfined seccomp profile', (v) => { (v['podSecurityContext'] ?? {})['seccompProfile'] = { type: 'Unconfined' }; }],
      ['an unknown top-level key', (v) => { v['replicas'] = { count: 3 }; }],
      ['a misspelt nested key', (v) => { (v['autoscaling'] ?? {})['maxReplica'] = 3; }],
      ['an ingress without host', (v) => { v['ingress'] = { ...v['ingress'], enabled: true, host: '' }; }],
      ['an image tag with build metadata', (v) => { (v['image'] ?? {})['tag'] = '1.0.0+abc'; }],
      ['a malformed memory quantity', (v) => { v['resources'] = { requests: { cpu: '1', memory: '1 GB' }, limits: { cpu: '1', memory: '1Gi' } }; }],
      ['a probe without a handler (httpGet, tcpSocket or exec)', (v) => { v['probes'] = { ...v['probes'], liveness: { periodSeconds: 5 } }; }],
      ['an HTTP probe without a path', (v) => { v['probes'] = { ...v['probes'], liveness: { httpGet: { port: 'http' } } }; }],
    ];
    for (const [name, weaken] of weakened) {
      it(`rejects ${name}`, () => {
        const files = chart('auth');
        const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(JSON.parse(fileOf(files, 'values.schema.json')) as object);
        const values = yamlOf(files, 'values.yaml') as Values;
        expect(validate(values), 'the unmodified values are valid').to.equal(true);
        weaken(values);
        expect(validate(values)).to.equal(false);
      });
    }
  });
});

interface SchemaNode {
  type?: string | string[];
  enum?: unknown[];
  pattern?: string;
  properties?: Record<string, SchemaNode>;
}

function schemaAt(schema: SchemaNode, path: string[]): SchemaNode | undefined {
  return path.reduce<SchemaNode | undefined>((node, key) => node?.properties?.[key], schema);
}

/** A string the schema does not pin to a safe shape: YAML could read it as another type, a comment or a mapping. */
function isFreeText(node: SchemaNode | undefined): boolean {
  if (node?.type !== 'string' || node.enum !== undefined) return false;
  return !(node.pattern?.startsWith('^') === true && node.pattern.endsWith('$'));
}
