// RawConfig -> Model, total on every schema- and rule-valid config. Module settings are
// gatehouse's built-in defaults, then modules.yaml's `defaults`, then the module's own keys, by
// the one merge rule in merge.ts (objects merge key by key, lists and scalars replace).
import type { RawConfig, RawModule, RawModuleSettings, RawProjectQuality, RawQuality } from '../config/types.js';
import { BUILTIN_GITHUB_DEFAULTS, BUILTIN_MODULE_DEFAULTS } from './defaults.js';
import type { ModuleSettings } from './defaults.js';
import { mergeValues } from './merge.js';
import { buildRelease } from './release.js';
import type { BranchFlow, BranchRule, Environment, Model, Module, Project, Quality } from './types.js';
import { BRANCH_KINDS } from './types.js';
import { compareCodeUnits } from '../util/compare.js';

/** The branch the release job reads generated/release/Jenkinsfile from (schema default). */
const DEFAULT_CONFIG_BRANCH = 'main';

export function buildModel(config: RawConfig): Model {
  const quality = buildProjectQuality(config.quality);
  const settings = buildDefaultSettings(config);
  return {
    project: buildProject(config),
    // Kept in the order written: it is the order environments are promoted through.
    environments: Object.entries(config.environments).map(([name, env]): Environment => ({
      name,
      description: env.description ?? '',
      namespace: env.namespace,
      clusterCredentialsId: env.clusterCredentialsId,
      production: env.production ?? false,
      approvals: env.approvals ?? [],
      values: env.values ?? {},
    })),
    branchFlow: buildBranchFlow(config),
    release: buildRelease(config),
    quality,
    modules: Object.entries(config.modules)
      .map(([name, raw]) => buildModule(config, name, raw, settings, quality))
      .sort((a, b) => compareCodeUnits(a.name, b.name)),
  };
}

function buildProject(config: RawConfig): Project {
  const { github, library } = config.project;
  return {
    ...config.project,
    description: config.project.description ?? '',
    configBranch: config.project.configBranch ?? DEFAULT_CONFIG_BRANCH,
    github: { ...github, syncBranch: github.syncBranch ?? BUILTIN_GITHUB_DEFAULTS.syncBranch },
    library: { ...library, branch: library.branch ?? BUILTIN_GITHUB_DEFAULTS.libraryBranch },
  };
}

function buildBranchFlow(config: RawConfig): BranchFlow {
  const entries = BRANCH_KINDS.map((kind): [string, BranchRule] => {
    const raw = config.branchFlow[kind];
    const rule: BranchRule = { kind, branches: raw.branches ?? [], stages: [...raw.stages] };
    if (kind === 'prMerge') {
      rule.source = raw.source ?? 'staging';
      rule.target = raw.target ?? 'master';
    }
    if (raw.environment !== undefined) rule.environment = raw.environment;
    return [kind, rule];
  });
  return Object.fromEntries(entries) as BranchFlow;
}

function buildProjectQuality(raw: RawProjectQuality): Quality {
  return { channels: raw.channels, scan: { ignoreUnfixed: raw.scan?.ignoreUnfixed ?? false, allow: raw.scan?.allow ?? [] } };
}

/** The module's quality: the project's, then the module's overrides (its `scan.allow` replaces the project's list). */
function buildModuleQuality(project: Quality, override: RawQuality | undefined): Quality {
  return mergeValues(project, override);
}

/** Built-in defaults, then modules.yaml's `defaults`. */
function buildDefaultSettings(config: RawConfig): ModuleSettings {
  const builtin: ModuleSettings = {
    ...BUILTIN_MODULE_DEFAULTS,
    unitTests: config.defaults.unitTests,
    integrationTests: config.defaults.integrationTests,
  };
  return mergeValues(builtin, config.defaults);
}

function buildModule(config: RawConfig, name: string, raw: RawModule, defaults: ModuleSettings, quality: Quality): Module {
  const settings = mergeValues(defaults, pickSettings(raw));
  // Test commands run in the gatehouse CLI's image unless the module names its own.
  const testImage = config.project.agents.node;
  return {
    name,
    description: raw.description,
    repository: raw.repository,
    version: raw.version,
    lead: raw.lead,
    dependsOn: [...(raw.dependsOn ?? [])].sort(compareCodeUnits),
    ...settings,
    unitTests: { ...settings.unitTests, image: settings.unitTests.image ?? testImage },
    integrationTests: { ...settings.integrationTests, image: settings.integrationTests.image ?? testImage },
    quality: buildModuleQuality(quality, raw.quality),
    environments: buildModuleEnvironments(config, raw),
  };
}

function pickSettings(raw: RawModule): RawModuleSettings {
  const { build, unitTests, integrationTests, smokeTests, deploy, chart, skip } = raw;
  return { build, unitTests, integrationTests, smokeTests, deploy, chart, skip };
}

/** Every environment's values, then the module's overrides for that environment. */
function buildModuleEnvironments(config: RawConfig, raw: RawModule): Module['environments'] {
  const names = Object.keys(config.environments).sort(compareCodeUnits);
  return Object.fromEntries(names.map((env) => [env, mergeValues(config.environments[env]?.values ?? {}, raw.environments?.[env])]));
}
