// A JSON input file (release manifest, candidates, votes) -> its data, or every problem with
// file:line:column. The same machinery as modules.yaml: the YAML document gives every node its
// position (strict JSON is YAML), the schema checker explains each violation, locate.ts points at
// it. Codes are the release files' own (GH800-GH849), so a problem is never mistaken for one in
// modules.yaml.
import type { Code } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { severityOf } from '../diagnostics/codes.js';
import type { Finding } from './finding.js';
import { findJsonSyntaxError } from './json-syntax.js';
import type { SourceFile } from './load.js';
import { locateFindings } from './locate.js';
import { sortDiagnostics } from './parse.js';
import { checkSchema } from './schema-check.js';
import { parseYaml } from './yaml-document.js';
import type { YamlSource } from './yaml-source.js';

export interface JsonDocument {
  /** Present when the text is JSON that matches the schema. */
  data?: unknown;
  /** Positions of the nodes, for later semantic checks (present when the text is JSON). */
  source?: YamlSource;
  diagnostics: Diagnostic[];
}

const SYNTAX: Code = 'GH800';
const SCHEMA: Code = 'GH801';
const DUPLICATE_KEY: Code = 'GH802';

export function parseJsonDocument(file: SourceFile, schema: object): JsonDocument {
  const syntax = findJsonSyntaxError(file.text);
  if (syntax) return { diagnostics: [syntaxDiagnostic(file, syntax.offset, `not valid JSON: ${syntax.message}`)] };
  const yaml = parseYaml(file);
  // Strict JSON always parses as YAML; what YAML still reports are repeated keys (or a bare null).
  const repeated = yaml.diagnostics.map((d): Diagnostic => {
    const code = d.code === 'GH101' || d.code === 'GH303' ? DUPLICATE_KEY : SYNTAX;
    return { ...d, code, severity: severityOf(code) };
  });
  if (yaml.data === undefined) return { diagnostics: repeated };
  const findings = checkSchema(schema, yaml.data).map((finding): Finding => ({ ...finding, code: SCHEMA }));
  const diagnostics = sortDiagnostics([...repeated, ...locateFindings(yaml.source, findings)]);
  return diagnostics.length > 0 ? { source: yaml.source, diagnostics } : { source: yaml.source, data: yaml.data, diagnostics };
}

function syntaxDiagnostic(file: SourceFile, offset: number, message: string): Diagnostic {
  const before = file.text.slice(0, offset).split('\n');
  const line = before.length;
  const column = (before[before.length - 1] ?? '').length + 1;
  return { code: SYNTAX, severity: severityOf(SYNTAX), message, file: file.name, line, column, path: '' };
}

/** Semantic findings about an already parsed document, positioned like the schema's. */
export function locateInDocument(source: YamlSource, findings: readonly Finding[]): Diagnostic[] {
  return sortDiagnostics(locateFindings(source, findings));
}
