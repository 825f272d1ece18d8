// RawConfig -> Model: applies `defaults` then each module's own keys (see merge.ts), and sorts
// every collection so that output never depends on the order keys were written in.
import type { RawConfig, RawModule, RawQuality } from '../config/types.js';
import { mergeValues } from './merge.js';
import type { ApproverRole, BranchFlow, Environment, Model, Module, Quality } from './types.js';
import { BRANCH_KINDS } from './types.js';

export function buildModel(config: RawConfig): Model {
  const quality = buildQuality(config.quality, undefined);
  return {
    project: { ...config.project, description: config.project.description ?? '' },
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
    release: {
      ...config.release,
      approvers: Object.entries(config.release.approvers).map(([name, role]): ApproverRole => ({
        name,
        description: role.description,
        submitters: role.submitters ?? [],
        moduleLead: role.moduleLead ?? false,
      })),
    },
    quality,
    modules: Object.entries(config.modules)
      .map(([name, raw]) => buildModule(config, name, raw, quality))
      .sort((a, b) => compareNames(a.name, b.name)),
  };
}

function buildBranchFlow(config: RawConfig): BranchFlow {
  const entries = BRANCH_KINDS.map((kind) => {
    const rule = config.branchFlow[kind];
    return [kind, { kind, branches: rule.branches ?? [], ...pickDefined(rule), stages: rule.stages }];
  });
  return Object.fromEntries(entries) as BranchFlow;
}

function pickDefined(rule: { source?: string; target?: string; environment?: string }) {
  const picked: { source?: string; target?: string; environment?: string } = {};
  if (rule.source !== undefined) picked.source = rule.source;
  if (rule.target !== undefined) picked.target = rule.target;
  if (rule.environment !== undefined) picked.environment = rule.environment;
  return picked;
}

function buildQuality(project: RawQuality, override: RawQuality | undefined): Quality {
  const merged = mergeValues(project, override);
  return {
    channels: merged.channels as Quality['channels'],
    scan: { ignoreUnfixed: merged.scan?.ignoreUnfixed ?? false, allow: merged.scan?.allow ?? [] },
  };
}

function buildModule(config: RawConfig, name: string, raw: RawModule, projectQuality: Quality): Module {
  const settings = mergeValues(config.defaults, raw);
  return {
    name,
    description: raw.description,
    repository: raw.repository,
    version: raw.version,
    lead: raw.lead,
    dependsOn: [...(raw.dependsOn ?? [])].sort(compareNames),
    build: { dockerfile: 'Dockerfile', context: '.', ...settings.build },
    unitTests: settings.unitTests as Module['unitTests'],
    integrationTests: settings.integrationTests as Module['integrationTests'],
    smokeTests: { command: settings.smokeTests?.command ?? 'helm test' },
    deploy: { timeoutMinutes: 10, historyMax: 10, ...settings.deploy },
    chart: settings.chart as Module['chart'],
    skip: settings.skip ?? {},
    quality: buildQuality(projectQuality, raw.quality),
    environments: buildModuleEnvironments(config, raw),
  };
}

/** Each environment's values, then the module's overrides for that environment. */
function buildModuleEnvironments(config: RawConfig, raw: RawModule): Module['environments'] {
  const names = Object.keys(config.environments).sort(compareNames);
  return Object.fromEntries(
    names.map((env) => [env, mergeValues(config.environments[env]?.values ?? {}, raw.environments?.[env])]),
  );
}

/** Code-unit order: stable on every machine and locale, unlike localeCompare. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
