// Text -> YAML document with positions, plus the problems YAML itself can have: characters a
// YAML file cannot hold, nesting too deep to parse, syntax errors, unknown tags, complex keys,
// undefined aliases, duplicate keys and alias abuse. Never throws for bad input.
import type { CST, Document, YAMLError } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { InternalError } from '../diagnostics/diagnostic.js';
import type { Code } from '../diagnostics/codes.js';
import { findControlCharacters } from './decode.js';
import type { SourceFile } from './load.js';
import type { YamlSource } from './yaml-source.js';
import { diagnosticAt } from './yaml-source.js';
import { explainYamlError } from './yaml-errors.js';
import { findDuplicateKeys, findTooDeep, findUndefinedAliases, firstAliasOffset, MAX_NESTING_DEPTH } from './yaml-checks.js';
import { yamlPackage } from './yaml-package.js';

/** Aliases expanded per document; far above any honest use, far below a "billion laughs". */
export const MAX_ALIAS_COUNT = 100;

/** The plain data comes with its document; it is absent when the YAML cannot be trusted. */
export type ParsedYaml = { data: unknown; source: YamlSource; diagnostics: Diagnostic[] } | { data?: undefined; diagnostics: Diagnostic[] };

/** Tags the parser could not resolve, or that do not fit their value: plain data has no tags. */
const TAG_PROBLEMS = new Set(['TAG_RESOLVE_FAILED', 'BAD_COLLECTION_TYPE']);

export function parseYaml(file: SourceFile): ParsedYaml {
  const controls = findControlCharacters(file.text, file.name);
  if (controls.length > 0) return { diagnostics: controls };
  const { LineCounter, Parser, isScalar } = yamlPackage();
  const lineCounter = new LineCounter();
  const tokens = [...new Parser(lineCounter.addNewLine).parse(file.text)];
  const at = (code: Code, message: string, offset: number, hint?: string) => diagnosticAt({ file: file.name, lineCounter }, { code, message, offset, path: [], hint });
  // Composing recurses once per level, so a deep file would exhaust the stack: the token tree is
  // measured first, without recursion, and composed only when it is shallow enough.
  const deep = findTooDeep(tokens);
  if (deep !== undefined) {
    const message = `mappings and lists are nested more than ${MAX_NESTING_DEPTH} levels deep here`;
    return { diagnostics: [at('GH108', message, deep, 'modules.yaml needs about 10 levels; flatten the structure')] };
  }
  const { document, errors } = composeDocument(tokens, file.text);
  const source: YamlSource = { file: file.name, document, lineCounter };
  const warnings = document.warnings.filter((w) => !TAG_PROBLEMS.has(w.code)).map((w) => at('GH103', firstLine(w), w.pos[0]));
  const [error] = errors;
  // After the first syntax error the parser is guessing; later errors are mostly its echoes.
  if (error !== undefined) {
    const explained = explainYamlError(error, file.text);
    const before = warnings.filter((w) => (w.line ?? 0) < lineCounter.linePos(error.pos[0]).line);
    return { diagnostics: [...before, at(explained.code, explained.message, explained.offset, explained.hint)] };
  }
  const tags = document.warnings.filter((w) => TAG_PROBLEMS.has(w.code)).map((w) => at('GH105', tagMessage(w), w.pos[0], 'remove the tag; quote the value if it must be a string'));
  const aliases = findUndefinedAliases(source);
  const diagnostics = [...warnings, ...tags, ...aliases, ...findDuplicateKeys(source)];
  if (document.contents === null || (isScalar(document.contents) && document.contents.value === null)) {
    return { diagnostics: [...diagnostics, at('GH104', 'the file contains no YAML mapping', 0)] };
  }
  if (aliases.length > 0) return { diagnostics };
  try {
    return { source, data: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), diagnostics };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const alias = firstAliasOffset(document.contents) ?? 0;
    const message = `the document expands more than ${MAX_ALIAS_COUNT} aliases (*anchor); refusing to expand it`;
    return { diagnostics: [...diagnostics, at('GH102', message, alias, 'write the repeated values out instead of nesting aliases')] };
  }
}

/**
 * What `parseDocument` does, on tokens we already have. stringKeys: every plain key is a string
 * and anything else as a key (`? [a, b]`) is an error at that key. uniqueKeys: false, because
 * duplicates are reported with their path and their own code.
 */
function composeDocument(tokens: CST.Token[], text: string): { document: Document; errors: YAMLError[] } {
  const { Composer, YAMLParseError } = yamlPackage();
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false, stringKeys: true });
  const [document, second] = composer.compose(tokens, true, text.length);
  if (document === undefined) throw new InternalError('yaml composed no document, not even an empty one');
  const errors: YAMLError[] = [...document.errors];
  if (second !== undefined) errors.push(new YAMLParseError([second.range[0], second.range[1]], 'MULTIPLE_DOCS', 'a second document'));
  return { document, errors: errors.sort((a, b) => a.pos[0] - b.pos[0]) };
}

function firstLine(warning: YAMLError): string {
  return warning.message.split('\n')[0] ?? warning.message;
}

function tagMessage(warning: YAMLError): string {
  const tag = /Unresolved tag: (.*)/.exec(warning.message)?.[1]?.replace(/^tag:yaml\.org,2002:/, '!!');
  return tag === undefined ? `the tag does not fit the value: ${firstLine(warning)}` : `unknown tag ${tag}`;
}
