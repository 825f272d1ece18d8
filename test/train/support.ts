// Shared by the train tests: models with a chosen dependency graph, candidates as the pipeline
// would report them, and the schema check every manifest a test makes must pass.
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSchema } from '../../src/config/schema-check.js';
import { loadProject } from '../../src/app/load-project.js';
import type { RawConfig } from '../../src/config/types.js';
import type { Model } from '../../src/model/types.js';
import { checkManifest } from '../../src/train/manifest-check.js';
import type { Candidate, CandidatesFile, GateSummary, Manifest, ProductionRelease } from '../../src/train/types.js';
import { DEFAULT_CONFIG, SCHEMAS_DIR } from '../../src/util/paths.js';
import { smallModel } from '../plan/small-model.js';

export const MANIFEST_SCHEMA = JSON.parse(readFileSync(join(SCHEMAS_DIR, 'release-manifest.schema.json'), 'utf8')) as object;

/** The Model of the repository's modules.yaml (which the train tests read for the real schedule and roles). */
export async function repositoryModel(): Promise<Model> {
  const loaded = await loadProject(DEFAULT_CONFIG);
  if (!loaded.model) throw new Error('the repository modules.yaml must load');
  return loaded.model;
}

/** The small model's project and roles (lead: moduleLead, ops), with these modules and dependencies. */
export function graphModel(dependencies: Record<string, string[]>, edit?: (raw: RawConfig) => void): Model {
  return smallModel((raw) => {
    raw.modules = Object.fromEntries(Object.entries(dependencies).map(([name, dependsOn]) => [
      name,
      { description: `${name}.`, repository: name, version: '1.0.0', lead: `${name}-lead`, dependsOn },
    ]));
    edit?.(raw);
  });
}

/** A diamond: base <- left, right <- top, and a loner; `leaf` hangs off top. */
export const DIAMOND = { base: [], left: ['base'], right: ['base'], top: ['left', 'right'], leaf: ['top'], loner: [] };

export function sha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

export const GOOD_GATE: GateSummary = {
  lineCoverage: 86.5,
  branchCoverage: 71,
  integrationPassRate: 100,
  tests: { total: 120, passed: 118, failures: 0, errors: 0, skipped: 2 },
  vulnerabilities: { critical: 0, high: 0, medium: 1, low: 4, unknown: 0 },
};

/** A stable, blessed candidate of `version`, built as build `build` of the release pull request's job PR7. */
export function candidate(module: string, overrides: Partial<Candidate> & { version?: string; channel?: string; build?: number } = {}): Candidate {
  const { version = '1.0.0', channel = 'stable', build = 42, ...rest } = overrides;
  const commit = sha(`${module}-${version}-${build}`);
  return {
    module,
    chartVersion: `${version}-${channel}.PR7.${build}.g${commit.slice(0, 7)}`,
    commit,
    imageDigest: `sha256:${createHash('sha256').update(module + build).digest('hex')}`,
    blessed: true,
    gate: GOOD_GATE,
    releaseNotes: `https://github.com/acme/${module}/releases/tag/${module}-v${version}`,
    ...rest,
  };
}

/** What production runs: revision 7 of an older build. */
export function production(module: string, overrides: Partial<ProductionRelease> = {}): ProductionRelease {
  return { module, revision: 7, chartVersion: `0.9.0-stable.PR3.3.g${sha(module).slice(0, 7)}`, appVersion: null, ...overrides };
}

/** Every module of the model with a new candidate and an older production release. */
export function everyoneChanged(model: Model, edit: (file: CandidatesFile) => void = () => undefined): CandidatesFile {
  const file = { candidates: model.modules.map((m) => candidate(m.name)), production: model.modules.map((m) => production(m.name)) };
  edit(file);
  return file;
}

/** Fails the test unless the manifest matches its schema and its rules (with the model). */
export function expectValidManifest(manifest: unknown, model?: Model): Manifest {
  const schema = checkSchema(MANIFEST_SCHEMA, manifest);
  expect(schema, 'schema findings').to.deep.equal([]);
  expect(checkManifest(manifest as Manifest, model), 'rule findings').to.deep.equal([]);
  return manifest as Manifest;
}
