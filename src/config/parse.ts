// Parses modules.yaml text into a RawConfig. Validation (schema + semantic rules) plugs in here.
import { parseDocument } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from './load.js';
import type { RawConfig } from './types.js';

export interface ParsedConfig {
  config?: RawConfig;
  diagnostics: Diagnostic[];
}

export function parseConfig(source: SourceFile): ParsedConfig {
  const document = parseDocument(source.text, { prettyErrors: false });
  const diagnostics: Diagnostic[] = document.errors.map((error) => ({
    code: 'GH100',
    severity: 'error',
    message: error.message,
    file: source.name,
    line: error.linePos?.[0]?.line ?? 0,
    column: error.linePos?.[0]?.col ?? 0,
    path: '',
  }));
  if (diagnostics.length > 0) return { diagnostics };
  return { config: document.toJS() as RawConfig, diagnostics };
}
