// Text -> YAML document with positions, plus the problems YAML itself can have: syntax errors,
// duplicate keys and alias abuse. Never throws for bad input.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node, YAMLError } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Code } from '../diagnostics/codes.js';
import { severityOf } from '../diagnostics/codes.js';
import type { PathSegment } from './finding.js';
import { toPointer } from './finding.js';
import type { SourceFile } from './load.js';

/** Aliases expanded per document; far above any honest use, far below a "billion laughs". */
export const MAX_ALIAS_COUNT = 100;

export interface YamlSource {
  file: string;
  document: Document;
  lineCounter: LineCounter;
}

export interface ParsedYaml {
  source: YamlSource;
  /** The plain data, absent when the YAML cannot be trusted (syntax error, alias abuse, empty). */
  data?: unknown;
  diagnostics: Diagnostic[];
}

export function parseYaml(file: SourceFile): ParsedYaml {
  const lineCounter = new LineCounter();
  // uniqueKeys: false because we report duplicates ourselves, with their path and their own code.
  const document = parseDocument(file.text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const source: YamlSource = { file: file.name, document, lineCounter };
  const at = (code: Code, message: string, offset: number, path: PathSegment[] = [], hint?: string) =>
    diagnosticAt(source, { code, message, offset, path, hint });
  // After the first syntax error the parser is guessing; later errors are mostly its echoes.
  const syntax = document.errors.slice(0, 1).map((error) => at('GH100', yamlMessage(error), errorOffset(error, file.text), [], yamlHint(error)));
  const warnings = document.warnings.map((warning) => at('GH103', yamlMessage(warning), warning.pos[0]));
  if (syntax.length > 0) return { source, diagnostics: [...syntax, ...warnings] };
  const diagnostics = [...warnings, ...findDuplicateKeys(source)];
  if (document.contents === null || isScalar(document.contents) && document.contents.value === null) {
    return { source, diagnostics: [...diagnostics, at('GH104', 'the file contains no YAML mapping', 0)] };
  }
  try {
    return { source, data: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), diagnostics };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const alias = firstAliasOffset(document.contents) ?? 0;
    const message = `the document expands more than ${MAX_ALIAS_COUNT} aliases (*anchor); refusing to expand it`;
    return { source, diagnostics: [...diagnostics, at('GH102', message, alias, [], 'write the repeated values out instead of nesting aliases')] };
  }
}

interface PositionedProblem {
  code: Code;
  message: string;
  offset: number;
  path: PathSegment[];
  hint?: string | undefined;
}

export function diagnosticAt(source: YamlSource, problem: PositionedProblem): Diagnostic {
  const { line, col } = source.lineCounter.linePos(problem.offset);
  const diagnostic: Diagnostic = {
    code: problem.code,
    severity: severityOf(problem.code),
    message: problem.message,
    file: source.file,
    line,
    column: col,
    path: toPointer(problem.path),
  };
  if (problem.hint !== undefined) diagnostic.hint = problem.hint;
  return diagnostic;
}

function yamlMessage(error: YAMLError): string {
  const text = error.message.split('\n')[0] ?? error.message;
  return error.name === 'YAMLWarning' ? text : `YAML syntax error: ${text}`;
}

/**
 * Where to point: yaml reports an unclosed quote where the file ends up (often lines later);
 * the quote that opened it is what the user must fix.
 */
function errorOffset(error: YAMLError, text: string): number {
  const quote = /^Missing closing (['"])quote/.exec(error.message)?.[1];
  if (quote === undefined) return error.pos[0];
  const opening = text.lastIndexOf(quote, error.pos[0] - 1);
  return opening < 0 ? error.pos[0] : opening;
}

function yamlHint(error: YAMLError): string | undefined {
  if (error.message.startsWith('Missing closing')) return 'the quote that starts here is never closed';
  if (error.code === 'TAB_AS_INDENT') return 'indent with spaces; YAML does not allow tabs for indentation';
  if (error.code === 'MULTIPLE_DOCS') return 'modules.yaml is a single document: remove the `---` separator';
  if (error.code === 'BAD_INDENT' || error.code === 'MISSING_CHAR') return 'check the indentation and the closing quote or bracket';
  return undefined;
}

/** Every key that repeats an earlier key of the same mapping, at the repeated key. */
function findDuplicateKeys(source: YamlSource): Diagnostic[] {
  const found: Diagnostic[] = [];
  const walk = (node: unknown, path: PathSegment[]): void => {
    if (isSeq(node)) node.items.forEach((item, index) => walk(item, [...path, index]));
    if (!isMap(node)) return;
    const seen = new Map<string, number>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined) continue;
      const keyNode = pair.key as Node;
      const earlier = seen.get(key);
      if (earlier !== undefined) found.push(duplicateKey(source, key, keyNode.range?.[0] ?? 0, earlier, [...path, key]));
      else seen.set(key, keyNode.range?.[0] ?? 0);
      walk(pair.value, [...path, key]);
    }
  };
  walk(source.document.contents, []);
  return found;
}

function duplicateKey(source: YamlSource, key: string, offset: number, earlier: number, path: PathSegment[]): Diagnostic {
  const first = source.lineCounter.linePos(earlier).line;
  const isModule = path.length === 2 && path[0] === 'modules';
  const code: Code = isModule ? 'GH303' : 'GH101';
  const message = isModule
    ? `module "${key}" is defined twice (first on line ${first})`
    : `duplicate key "${key}" (first on line ${first}); YAML would keep only one`;
  return diagnosticAt(source, { code, message, offset, path, hint: isModule ? 'rename one of the modules or merge their settings' : 'remove one of the two keys' });
}

function firstAliasOffset(node: unknown): number | undefined {
  if (isAlias(node)) return node.range?.[0];
  const children: unknown[] = isMap(node) ? node.items.flatMap((pair) => [pair.key, pair.value]) : isSeq(node) ? node.items : [];
  for (const child of children) {
    const offset = firstAliasOffset(child);
    if (offset !== undefined) return offset;
  }
  return undefined;
}
