// Test helpers: the charts gatehouse emits for the repository's modules.yaml, grouped by module.
import { parse } from 'yaml';
import { loadProject } from '../../../src/app/load-project.js';
import { emitChartFiles } from '../../../src/emit/chart/emit.js';
import type { Plan } from '../../../src/plan/types.js';
import { DEFAULT_CONFIG } from '../../../src/util/paths.js';

export type Files = Map<string, string>;

export async function loadRepositoryPlan(): Promise<Plan> {
  const project = await loadProject(DEFAULT_CONFIG);
  if (!project.plan) throw new Error(`modules.yaml does not load: ${JSON.stringify(project.diagnostics)}`);
  return project.plan;
}

/** module name -> (path inside the chart -> content). */
export function chartsByModule(plan: Plan): Map<string, Files> {
  const charts = new Map<string, Files>();
  for (const file of emitChartFiles(plan)) {
    const match = /^modules\/([^/]+)\/chart\/(.+)$/.exec(file.path);
    if (!match?.[1] || !match[2]) throw new Error(`chart file outside modules/<module>/chart/: ${file.path}`);
    const files = charts.get(match[1]) ?? new Map<string, string>();
    files.set(match[2], file.content);
    charts.set(match[1], files);
  }
  return charts;
}

export function fileOf(files: Files, path: string): string {
  const content = files.get(path);
  if (content === undefined) throw new Error(`missing chart file ${path}`);
  return content;
}

export function yamlOf(files: Files, path: string): Record<string, unknown> {
  return parse(fileOf(files, path)) as Record<string, unknown>;
}

/** Helm's values merge: maps merge key by key, anything else (lists too) replaces. */
export function helmMerge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = key in base ? helmMerge(base[key], value) : value;
  return merged;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The schema without `required`: what an overrides-only file (values-<env>.yaml) must satisfy. */
export function withoutRequired(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutRequired);
  if (!isPlainObject(schema)) return schema;
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== 'required').map(([key, value]) => [key, withoutRequired(value)]));
}
