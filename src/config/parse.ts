// modules.yaml text -> RawConfig, or every problem found in it: YAML first (nothing else is
// trustworthy when it fails), then the schema, then the semantic rules (only on schema-valid
// data, so one typo never cascades).
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { SourceFile } from './load.js';
import { locateFindings } from './locate.js';
import { checkRules } from './rules/index.js';
import { checkSchema } from './schema-check.js';
import type { RawConfig } from './types.js';
import { parseYaml } from './yaml-document.js';
import { compareCodeUnits } from '../util/compare.js';

export interface ParsedConfig {
  /** Present only when there are no errors (warnings allowed). */
  config?: RawConfig;
  /** Sorted by position. */
  diagnostics: Diagnostic[];
}

export function parseConfig(source: SourceFile, schema: object): ParsedConfig {
  const yaml = parseYaml(source);
  if (yaml.data === undefined) return { diagnostics: sortDiagnostics(yaml.diagnostics) };
  const schemaProblems = locateFindings(yaml.source, checkSchema(schema, yaml.data));
  if (schemaProblems.length > 0) return { diagnostics: sortDiagnostics([...yaml.diagnostics, ...schemaProblems]) };
  const config = yaml.data as RawConfig;
  const diagnostics = sortDiagnostics([...yaml.diagnostics, ...locateFindings(yaml.source, checkRules(config))]);
  return hasErrors(diagnostics) ? { diagnostics } : { config, diagnostics };
}

/** By line, then column, then code: the order a reader meets them in the file (whole-file problems first). */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compareCodeUnits(a.code, b.code));
}
