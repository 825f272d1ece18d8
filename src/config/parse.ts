// modules.yaml text -> RawConfig, or every problem found in it: YAML first (nothing else is
// trustworthy when it fails), then the schema, then the semantic rules (only on data of the
// schema's shape, so one typo never cascades), with the rules a later stage runs on what it builds
// from the config (the Model's merged chart settings: see parseProject in src/app/load-project.ts).
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { Finding } from './finding.js';
import type { SourceFile } from './load.js';
import { locateFindings } from './locate.js';
import { findNoncharacters } from './noncharacters.js';
import { parsePlainYaml } from './plain-yaml.js';
import { checkRules } from './rules/index.js';
import { checkSchemaReport } from './schema-check.js';
import { dedupeFindings } from './schema-dedupe.js';
import type { RawConfig } from './types.js';
import { parseYaml } from './yaml-document.js';
import { compareCodeUnits } from '../util/compare.js';

export interface ParsedConfig {
  /** Present only when there are no errors (warnings allowed). */
  config?: RawConfig;
  /** Sorted by position. */
  diagnostics: Diagnostic[];
}

/** Rules of a later stage, run on every config of the schema's shape, after the config rules. */
export type LaterRules = (config: RawConfig) => Finding[];

/**
 * Two paths, one result. A config without any problem needs no positions, so it is read by the
 * plain-YAML reader (far faster, and no token tree or Document in memory at thousands of modules)
 * and checked; when that reader is not sure of the text, or any check finds anything at all, the
 * full path reads it again with positions, so every diagnostic is exactly what it always was.
 */
export function parseConfig(source: SourceFile, schema: object, laterRules: LaterRules): ParsedConfig {
  const config = parseCleanConfig(source, schema, laterRules);
  return config === undefined ? parseWithPositions(source, schema, laterRules) : { config, diagnostics: [] };
}

/** The config when the fast path reads it and nothing finds any problem in it, else undefined. */
export function parseCleanConfig(source: SourceFile, schema: object, laterRules: LaterRules): RawConfig | undefined {
  const data = parsePlainYaml(source.text);
  if (data === undefined) return undefined;
  const schemaCheck = checkSchemaReport(schema, data);
  if (schemaCheck.findings.length > 0 || !schemaCheck.shapeValid) return undefined;
  const config = data as unknown as RawConfig;
  return checkRules(config).length === 0 && laterRules(config).length === 0 ? config : undefined;
}

function parseWithPositions(source: SourceFile, schema: object, laterRules: LaterRules): ParsedConfig {
  const yaml = parseYaml(source);
  if (yaml.data === undefined) return { diagnostics: sortDiagnostics(yaml.diagnostics) };
  const input = [...yaml.diagnostics, ...findNoncharacters(yaml.source, source.text)];
  const schemaCheck = checkSchemaReport(schema, yaml.data);
  if (!schemaCheck.shapeValid) return { diagnostics: sortDiagnostics([...input, ...locateFindings(yaml.source, schemaCheck.findings)]) };
  const config = yaml.data as RawConfig;
  // A rule restated by the schema finds the same fault again: dedupe keeps it once.
  const findings = dedupeFindings([...schemaCheck.findings, ...checkRules(config), ...laterRules(config)]);
  const diagnostics = sortDiagnostics([...input, ...locateFindings(yaml.source, findings)]);
  return hasErrors(diagnostics) ? { diagnostics } : { config, diagnostics };
}

/** By line, then column, then code: the order a reader meets them in the file (whole-file problems first). */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compareCodeUnits(a.code, b.code));
}
