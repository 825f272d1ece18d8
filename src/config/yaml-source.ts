// A parsed YAML document with what positions need, and the one way a problem at an offset
// becomes a Diagnostic.
import type { Document, LineCounter } from 'yaml';
import type { Code } from '../diagnostics/codes.js';
import { severityOf } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { PathSegment } from './finding.js';
import { toPointer } from './finding.js';

export interface YamlSource {
  file: string;
  document: Document;
  lineCounter: LineCounter;
}

/** What positions need: the file's name and its line starts. */
type Positions = Pick<YamlSource, 'file' | 'lineCounter'>;

interface PositionedProblem {
  code: Code;
  message: string;
  offset: number;
  path: PathSegment[];
  hint?: string | undefined;
}

export function diagnosticAt(source: Positions, problem: PositionedProblem): Diagnostic {
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
