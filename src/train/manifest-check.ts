// What the manifest schema cannot say: each module has one fate, the waves list exactly the
// modules in their waves, every image and chart is the build its versions name, and (read with
// modules.yaml) the modules exist and every wave comes after the waves it depends on.
import type { Finding, PathSegment } from '../config/finding.js';
import type { Model } from '../model/types.js';
import { compareCodeUnits } from '../util/compare.js';
import { didYouMean } from '../util/suggest.js';
import { parseChartVersion } from '../version/parse.js';
import { formatReleaseId } from '../version/scheme.js';
import { dependencyClosure } from './graph.js';
import type { Manifest, ManifestModule } from './types.js';

export function checkManifest(manifest: Manifest, model?: Model): Finding[] {
  const findings = [...checkFates(manifest), ...checkWaves(manifest), ...manifest.modules.flatMap((m, i) => checkBuild(m, ['modules', i]))];
  if (!model) return findings;
  if (manifest.project !== model.project.name) {
    findings.push({ code: 'GH815', message: `the manifest is of project "${manifest.project}", modules.yaml describes "${model.project.name}"`, path: ['project'], target: 'value', hint: 'pass the modules.yaml of that project with --config' });
    return findings;
  }
  const unknown = checkNames(manifest, model);
  return unknown.length > 0 ? [...findings, ...unknown] : [...findings, ...checkWaveOrder(manifest, model)];
}

/** Where each module's name sits in the manifest, in document order. */
function namedPlaces(manifest: Manifest): [string, PathSegment[]][] {
  return [
    ...manifest.modules.map((m, i): [string, PathSegment[]] => [m.name, ['modules', i, 'name']]),
    ...manifest.dropped.map((d, i): [string, PathSegment[]] => [d.name, ['dropped', i, 'name']]),
    ...manifest.unchanged.map((name, i): [string, PathSegment[]] => [name, ['unchanged', i]]),
  ];
}

function checkFates(manifest: Manifest): Finding[] {
  const seen = new Map<string, PathSegment[]>();
  return namedPlaces(manifest).flatMap(([name, path]): Finding[] => {
    const first = seen.get(name);
    if (!first) {
      seen.set(name, path);
      return [];
    }
    return [{ code: 'GH810', message: `module "${name}" is listed again (first under ${String(first[0])})`, path, target: 'value', hint: 'a module is either released, dropped or unchanged' }];
  });
}

function checkWaves(manifest: Manifest): Finding[] {
  const findings: Finding[] = [];
  manifest.modules.forEach((module, index) => {
    if (!(manifest.waves[module.wave - 1] ?? []).includes(module.name)) {
      findings.push({ code: 'GH811', message: `module "${module.name}" has wave ${module.wave}, but waves[${module.wave - 1}] does not list it`, path: ['modules', index, 'wave'], target: 'value' });
    }
  });
  manifest.waves.forEach((wave, w) => wave.forEach((name, i) => {
    if (!manifest.modules.some((m) => m.name === name && m.wave === w + 1)) {
      findings.push({ code: 'GH811', message: `waves[${w}] lists "${name}", which is not a module of wave ${w + 1} in modules`, path: ['waves', w, i], target: 'value' });
    }
  }));
  return findings;
}

/** The image and chart are the build the version, channel and commit describe. */
function checkBuild(module: ManifestModule, path: PathSegment[]): Finding[] {
  const problem = (message: string, at: PathSegment[]): Finding => ({ code: 'GH813', message: `module "${module.name}": ${message}`, path: [...path, ...at], target: 'value', hint: 'rebuild the manifest with gatehouse release manifest instead of editing it' });
  const { image, chart } = module;
  const findings: Finding[] = [];
  if (image.reference !== `${image.repository}:${image.tag}@${image.digest}`) findings.push(problem(`image.reference is not ${image.repository}:${image.tag}@${image.digest}`, ['image', 'reference']));
  if (image.tag !== chart.version) findings.push(problem(`image tag ${image.tag} is not the chart version ${chart.version}`, ['image', 'tag']));
  const parsed = parseChartVersion(chart.version);
  if (!parsed) return [...findings, problem(`chart version ${chart.version} is not one gatehouse makes`, ['chart', 'version'])];
  if (parsed.version !== module.version || parsed.channel !== module.channel) findings.push(problem(`version ${module.version} (${module.channel}) does not match chart version ${chart.version}`, ['version']));
  if (!module.commit.startsWith(parsed.sha) && !parsed.sha.startsWith(module.commit)) findings.push(problem(`commit ${module.commit} is not the build's commit ${parsed.sha}`, ['commit']));
  const releaseId = formatReleaseId(module.name, parsed.version, parsed.sha);
  if (module.releaseId !== releaseId) findings.push(problem(`releaseId ${module.releaseId} should be ${releaseId}`, ['releaseId']));
  return findings;
}

function checkNames(manifest: Manifest, model: Model): Finding[] {
  const known = model.modules.map((m) => m.name);
  const hotfix = (manifest.hotfix?.modules ?? []).map((name, i): [string, PathSegment[]] => [name, ['hotfix', 'modules', i]]);
  return [...namedPlaces(manifest), ...hotfix].flatMap(([name, path]): Finding[] =>
    known.includes(name) ? [] : [{ code: 'GH814', message: `module "${name}" is not defined in modules.yaml`, path, target: 'value', hint: didYouMean(name, known) ?? `modules: ${known.join(', ')}` }],
  );
}

function checkWaveOrder(manifest: Manifest, model: Model): Finding[] {
  const closure = dependencyClosure(model.modules);
  const waveOf = new Map(manifest.modules.map((m) => [m.name, m.wave]));
  return manifest.modules.flatMap((module, index): Finding[] => {
    const early = [...(closure.get(module.name) ?? [])].filter((d) => (waveOf.get(d) ?? 0) >= module.wave).sort(compareCodeUnits);
    return early.map((dependency): Finding => ({
      code: 'GH812',
      message: `module "${module.name}" (wave ${module.wave}) depends on "${dependency}" (wave ${waveOf.get(dependency) ?? 0}), which must deploy in an earlier wave`,
      path: ['modules', index, 'wave'],
      target: 'value',
    }));
  });
}
