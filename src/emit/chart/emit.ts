// The chart emitter: one helm chart per module under modules/<module>/chart/. Per-module data is
// rendered as YAML (src/render/yaml-block.ts); the Go templates are static files copied verbatim.
import type { Environment, Module, Project, ProjectModel } from '../../model/types.js';
import type { ModulePlan, Plan } from '../../plan/types.js';
import { generatedHeader } from '../header.js';
import type { GeneratedFile } from '../types.js';
import { moduleDir } from '../types.js';
import { buildChartMetadata } from './chart-yaml.js';
import type { StaticFile } from './static-files.js';
import { readChartStaticFiles } from './static-files.js';
import { buildEnvironmentValues, buildValues } from './values.js';
import { yamlFilePrefix } from './yaml-file.js';
import type { YamlComment } from '../../render/yaml-block.js';
import { renderYamlBlock } from '../../render/yaml-block.js';
import { cappedMemo } from '../../util/capped-memo.js';

export function chartDir(module: string): string {
  return `${moduleDir(module)}/chart`;
}

/** The registered emitter: the static files ship with gatehouse, read once. */
export function emitChartFiles(plan: Plan): GeneratedFile[] {
  return emitCharts(plan, readChartStaticFiles());
}

/** What every module's chart shares: made once per project, not per module. */
interface SharedParts {
  /** Header and intro of Chart.yaml, of values.yaml, and of an environment's values file. */
  chartYamlPrefix: string;
  valuesPrefix: string;
  environmentPrefix: (environment: string) => string;
  /**
   * The static files with their headers: the same string objects in every module, so the writer's
   * comparison with the previous module's file of the same name (output/digest-memo.ts) is immediate.
   */
  staticFiles: readonly StaticFile[];
}

const sharedByProject = new WeakMap<Project, SharedParts>();

/** One module's chart. */
export function emitModuleChart(project: ProjectModel, modulePlan: ModulePlan): GeneratedFile[] {
  let shared = sharedByProject.get(project.project);
  if (shared === undefined) sharedByProject.set(project.project, (shared = sharedParts(project.project, readChartStaticFiles())));
  return emitChart(modulePlan.module, project.project, project.environments, shared);
}

export function emitCharts(plan: Plan, staticFiles: readonly StaticFile[]): GeneratedFile[] {
  const { project, environments } = plan.model;
  const shared = sharedParts(project, staticFiles);
  return plan.modules.flatMap(({ module }) => emitChart(module, project, environments, shared));
}

function sharedParts(project: Project, staticFiles: readonly StaticFile[]): SharedParts {
  const header = yamlHeader(project);
  return {
    chartYamlPrefix: yamlFilePrefix(header, CHART_YAML_INTRO),
    valuesPrefix: yamlFilePrefix(header, VALUES_YAML_INTRO),
    environmentPrefix: cappedMemo((environment) => yamlFilePrefix(header, environmentValuesIntro(environment))),
    staticFiles: staticFiles.map((file) => ({ path: file.path, content: withHeader(file, project) })),
  };
}

function emitChart(module: Module, project: Project, environments: Environment[], shared: SharedParts): GeneratedFile[] {
  const dir = chartDir(module.name);
  const values = buildValues(module, project);
  const files: GeneratedFile[] = [
    { path: `${dir}/Chart.yaml`, content: shared.chartYamlPrefix + renderYamlBlock(buildChartMetadata(module, project)) },
    { path: `${dir}/values.yaml`, content: shared.valuesPrefix + renderYamlBlock(values, VALUES_YAML_COMMENTS) },
    ...environments.map(({ name }) => ({
      path: `${dir}/values-${name}.yaml`,
      content: shared.environmentPrefix(name) + renderYamlBlock(buildEnvironmentValues(module, project, name, values)),
    })),
  ];
  for (const file of shared.staticFiles) files.push({ path: `${dir}/${file.path}`, content: file.content });
  return files;
}

const CHART_YAML_INTRO = [
  'version and appVersion are the module\'s version from modules.yaml. CI builds override both when',
  'they package the chart: `helm package --version <chartVersion> --app-version <releaseId>`, with the',
  'values `gatehouse version` prints, and add the gatehouse.dev/channel, release-id and tree annotations.',
];

const VALUES_YAML_INTRO = ['Defaults for every environment; values-<environment>.yaml holds what an environment changes.'];

/** One array for every module's values.yaml, so the writer builds the comments' key tree once (render/yaml-block.ts). */
const VALUES_YAML_COMMENTS: readonly YamlComment[] = [
  { path: ['replicaCount'], text: 'Ignored while autoscaling is enabled: the live count is kept (see module.replicas).' },
  { path: ['image', 'tag'], text: 'Empty: the chart version. CI gives image and chart the same version, so a chart\nalways runs the image it was built with.' },
  { path: ['image', 'digest'], text: 'Empty: pulled by tag. Each deploy sets the digest of the image its build pushed or\npromoted (the release train: the one voted on), so the cluster runs exactly that image\neven if the tag was pushed again.' },
  { path: ['image', 'pullPolicy'], text: 'Tags are never reused (one per build), so a cached image is the right one.' },
  { path: ['podDisruptionBudget'], text: 'minAvailable while more replicas run than it, else maxUnavailable 1; none for a\nsingle replica (see templates/pdb.yaml).' },
  { path: ['probes'], text: 'Computed from modules.yaml: HTTP(S) GET, TCP connect or exec, by chart.protocol.' },
  {
    path: ['podSecurityContext'],
    text:
      'The restricted Pod Security Standard; values.schema.json rejects anything weaker. With runAsNonRoot\n' +
      'the kubelet starts only images whose USER is numeric (USER 10001, not USER app), or set\nchart.runAsUser in modules.yaml.',
  },
  { path: ['tmpDir'], text: 'Mounted at /tmp while the root filesystem is read-only.' },
];

function environmentValuesIntro(environment: string): string[] {
  return [`Overrides for the ${environment} environment, deep-merged over values.yaml by helm:`, `helm upgrade --install -f chart/values-${environment}.yaml`];
}

function yamlHeader(project: Project): string {
  return generatedHeader('hash', project.configRepository);
}

function withHeader(file: StaticFile, project: Project): string {
  if (file.path.endsWith('.json')) return file.content;
  if (file.path === '.helmignore') return yamlHeader(project) + file.content;
  return generatedHeader('helm', project.configRepository) + file.content;
}
