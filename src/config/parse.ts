// modules.yaml text -> RawConfig, or every problem found in it: YAML first (nothing else is
// trustworthy when it fails), then the schema, then the semantic rules (only on data of the
// schema's shape, so one typo never cascades), with the rules a later stage runs on what it builds
// from the config (the Model's merged chart settings: see parseProject in src/app/load-project.ts).
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors, InternalError } from '../diagnostics/diagnostic.js';
import type { Finding } from './finding.js';
import type { SourceFile } from './load.js';
import type { Positions } from './locate.js';
import { documentPositions, locateFindingsAt } from './locate.js';
import { findNoncharacters } from './noncharacters.js';
import { parsePlainYaml, readPlainYaml } from './plain-yaml.js';
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
 * Two paths, one result; they differ only in where positions come from. A file the plain-YAML
 * reader reads (the subset modules.yaml files are written in) is checked on the data it read;
 * when a check finds anything, the reader reads the text once more, recording where each key and
 * value starts, and the findings are located there. No token tree, no Document: far faster, and
 * far less memory at thousands of modules. A file the reader is not sure of is parsed by the yaml
 * package, whose Document gives the positions, and which reports what YAML itself can get wrong.
 * The reader's offsets are the Document's (plain-yaml-positions.property.test.ts), so every
 * diagnostic is byte for byte the same on either path.
 */
export function parseConfig(source: SourceFile, schema: object, laterRules: LaterRules): ParsedConfig {
  const data = parsePlainYaml(source.text);
  if (data === undefined) return parseWithDocument(source, schema, laterRules);
  const checked = checkData(schema, data, laterRules);
  if (checked.findings.length === 0) return { config: data as unknown as RawConfig, diagnostics: [] };
  // Positions only for a config with problems: recording them costs memory (readPlainYaml).
  const read = readPlainYaml(source.text);
  if (read === undefined) throw new InternalError('the plain-YAML reader read the text once but not twice');
  return located(checked, [], source.name, read.positions);
}

/** The full path alone: the yaml package's Document for the data and the positions. */
export function parseWithDocument(source: SourceFile, schema: object, laterRules: LaterRules): ParsedConfig {
  const yaml = parseYaml(source);
  if (yaml.data === undefined) return { diagnostics: sortDiagnostics(yaml.diagnostics) };
  const input = [...yaml.diagnostics, ...findNoncharacters(yaml.source, source.text)];
  return located(checkData(schema, yaml.data, laterRules), input, source.name, documentPositions(yaml.source));
}

/** What the checks found in a config's data. */
interface CheckedData {
  data: unknown;
  /** Every problem was a rule's value form: the data has the schema's shape (schema-check.ts). */
  shapeValid: boolean;
  findings: Finding[];
}

/** The checks' findings with their places, after what YAML itself reported; the config unless there is an error. */
function located(checked: CheckedData, input: Diagnostic[], file: string, positions: Positions): ParsedConfig {
  const diagnostics = sortDiagnostics([...input, ...locateFindingsAt(file, positions, checked.findings)]);
  return hasErrors(diagnostics) || !checked.shapeValid ? { diagnostics } : { config: checked.data as RawConfig, diagnostics };
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
