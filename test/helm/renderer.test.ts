// The test renderer behaves like helm where the charts depend on it: values merging, the built-in
// objects, include/tpl/required/fail/toYaml, manifest splitting and the kubeVersion check.
import { expect } from 'chai';
import type { RenderJob } from './helm-render.js';
import { runHelmRender } from './helm-render.js';

const CHART = 'apiVersion: v2\nname: demo\nversion: "1.2.3"\nappVersion: "1.2.3"\nkubeVersion: ">=1.23.0-0"\n';

function job(templates: Record<string, string>, values = '', overrides?: string, kubeVersion = '1.31.0'): RenderJob {
  const files: Record<string, string> = { 'Chart.yaml': CHART, 'values.yaml': values };
  for (const [name, text] of Object.entries(templates)) files[`templates/${name}`] = text;
  if (overrides !== undefined) files['values-x.yaml'] = overrides;
  return {
    files,
    valueFiles: overrides === undefined ? [] : ['values-x.yaml'],
    release: { name: 'rel', namespace: 'ns', revision: 3, isInstall: false, isUpgrade: true },
    kubeVersion,
    apiVersions: ['v1'],
  };
}

function renderOne(j: RenderJob): { error?: string; sources: string[]; objects: unknown[]; notes: string } {
  const [result] = runHelmRender([j]).renders;
  return { error: result!.error, sources: result!.manifests.map((m) => m.source), objects: result!.manifests.map((m) => m.object), notes: result!.notes };
}

describe('test renderer (helm engine stand-in)', () => {
  it('merges values like helm: maps key by key, lists replace, null removes a default', () => {
    const values = 'a: {b: 1, c: 2, list: [1, 2]}\nkeep: yes-string\ngone: 5\n';
    const overrides = 'a: {c: 3, list: [9]}\ngone: null\n';
    const out = renderOne(job({ 'cm.yaml': 'v: {{ toJson .Values }}\n' }, values, overrides));
    expect(out.error).to.equal(undefined);
    expect(out.objects).to.deep.equal([{ v: { a: { b: 1, c: 3, list: [9] }, keep: 'yes-string' } }]);
  });

  it('gives templates .Release, .Chart, .Capabilities and .Template', () => {
    const t = 'r: "{{ .Release.Name }} {{ .Release.Namespace }} {{ .Release.Revision }} {{ .Release.IsUpgrade }} {{ .Release.Service }}"\n' +
      'c: "{{ .Chart.Name }} {{ .Chart.Version }} {{ .Chart.AppVersion }} {{ .Chart.IsRoot }}"\n' +
      'k: "{{ .Capabilities.KubeVersion.Version }} {{ .Capabilities.KubeVersion.Minor }} {{ .Capabilities.APIVersions.Has "v1" }}"\n' +
      't: "{{ .Template.Name }}"\n';
    expect(renderOne(job({ 'x.yaml': t })).objects).to.deep.equal([
      { r: 'rel ns 3 true Helm', c: 'demo 1.2.3 1.2.3 true', k: 'v1.31.0 31 true', t: 'demo/templates/x.yaml' },
    ]);
  });

  it('shares named templates across files (include, tpl) and renders no partials', () => {
    const out = renderOne(job({ '_h.tpl': '{{- define "n" -}}[{{ . }}]{{- end }}', 'x.yaml': 'a: {{ include "n" "v" | quote }}\nb: {{ tpl "{{ .Values.w }}" . | quote }}\n' }, 'w: z'));
    expect(out.objects).to.deep.equal([{ a: '[v]', b: 'z' }]);
  });

  it('toYaml writes YAML through sigs.k8s.io/yaml (keys sorted, no trailing newline)', () => {
    const out = renderOne(job({ 'x.yaml': 'm:\n  {{- toYaml .Values.m | nindent 2 }}\n' }, 'm: {z: 1, a: "on"}'));
    expect(out.sources[0]).to.contain('  a: "on"\n  z: 1');
    expect(out.objects).to.deep.equal([{ m: { a: 'on', z: 1 } }]);
  });

  it('fails the render with the message of required and fail', () => {
    expect(renderOne(job({ 'x.yaml': 'a: {{ required "set a" .Values.a }}' })).error).to.match(/execution error at \(demo\/templates\/x\.yaml:1:\d+\): set a$/);
    expect(renderOne(job({ 'x.yaml': '{{ fail "no way" }}' })).error).to.match(/: no way$/);
  });

  it('splits documents on --- and drops empty and comment-only ones; keeps NOTES.txt apart', () => {
    const out = renderOne(job({ 'x.yaml': '# c\n---\na: 1\n---\n# only a comment\n---\nb: 2\n', 'NOTES.txt': 'hi {{ .Release.Name }}' }));
    expect(out.objects).to.deep.equal([{ a: 1 }, { b: 2 }]);
    expect(out.notes).to.equal('hi rel');
  });

  it('reads YAML 1.1 as helm does, rejects duplicate keys and Chart.yaml that helm rejects', () => {
    expect(renderOne(job({ 'x.yaml': 'a: yes\nb: 0x1f\nc: on\n' })).objects).to.deep.equal([{ a: true, b: 31, c: true }]);
    expect(renderOne(job({ 'x.yaml': 'a: 1\na: 2\n' })).sources).to.have.length(1);
    const [dup] = runHelmRender([job({ 'x.yaml': 'a: 1\na: 2\n' })]).renders[0]!.manifests;
    expect(dup!.error).to.match(/already (set|defined)/);
    const unquoted = job({ 'x.yaml': 'a: 1\n' });
    unquoted.files['Chart.yaml'] = 'apiVersion: v2\nname: demo\nversion: 1.2\n';
    expect(renderOne(unquoted).error).to.match(/Chart\.yaml/);
  });

  it('refuses a Kubernetes version outside Chart.yaml kubeVersion', () => {
    expect(renderOne(job({ 'x.yaml': 'a: 1\n' }, '', undefined, '1.22.9')).error).to.match(/incompatible with Kubernetes 1\.22\.9/);
  });
});
