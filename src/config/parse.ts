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
 * Two paths, one result. A config without any problem needs no positions: it is read by the
 * plain-YAML reader (far faster, and no token tree or Document in memory at thousands of modules)
 * and checked. When that reader is not sure of the text, or any check finds anything at all, the
 * yaml package reads it again with positions, so every diagnostic is exactly what it always was.
 */
export function parseConfig(source: SourceFile, schema: object, laterRules: LaterRules): ParsedConfig {
  const fast = parseWithoutPositions(source, schema, laterRules);
  return 'config' in fast ? { config: fast.config, diagnostics: [] } : parseWithPositions(source, schema, laterRules, fast.checked);
}

/** What the checks found in a config's data. */
interface CheckedData {
  data: unknown;
  /** Every problem was a rule's value form: the data has the schema's shape (schema-check.ts). */
  shapeValid: boolean;
  findings: Finding[];
}

/**
 * The fast path: the config, when the plain-YAML reader reads the text and no check finds
 * anything; else the checks of what it read (none when it was not sure).
 */
export function parseWithoutPositions(source: SourceFile, schema: object, laterRules: LaterRules): { config: RawConfig } | { checked?: CheckedData } {
  const data = parsePlainYaml(source.text);
  if (data === undefined) return {};
  const checked = checkData(schema, data, laterRules);
  return checked.findings.length === 0 ? { config: data as unknown as RawConfig } : { checked };
}

/**
 * The full path. `checked` is the fast path's checks of the same data (plain-yaml.property.test.ts
 * proves the reader returns data only when the yaml package reads the same): not run again, so
 * a config with thousands of problems does not pay for its rules twice.
 */
function parseWithPositions(source: SourceFile, schema: object, laterRules: LaterRules, checked?: CheckedData): ParsedConfig {
  const yaml = parseYaml(source);
  if (yaml.data === undefined) return { diagnostics: sortDiagnostics(yaml.diagnostics) };
  const input = [...yaml.diagnostics, ...findNoncharacters(yaml.source, source.text)];
  const { data, shapeValid, findings } = checked ?? checkData(schema, yaml.data, laterRules);
  const diagnostics = sortDiagnostics([...input, ...locateFindings(yaml.source, findings)]);
  return hasErrors(diagnostics) || !shapeValid ? { diagnostics } : { config: data as RawConfig, diagnostics };
}

/** The schema, then (only on data of the schema's shape, so one typo never cascades) the rules. */
function checkData(schema: object, data: unknown, laterRules: LaterRules): CheckedData {
  const schemaCheck = checkSchemaReport(schema, data);
  if (!schemaCheck.shapeValid) return { data, ...schemaCheck };
  const config = data as RawConfig;
  // A rule restated by the schema finds the same fault again: dedupe keeps it once.
  return { data, shapeValid: true, findings: dedupeFindings([...schemaCheck.findings, ...checkRules(config), ...laterRules(config)]) };
}

/** By line, then column, then code: the order a reader meets them in the file (whole-file problems first). */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compareCodeUnits(a.code, b.code));
}
