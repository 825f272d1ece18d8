// Drives the Groovy 2.4 compilation check of a generated tree (see CompileCheck.groovy).
import { join } from 'node:path';
import { callHarness } from './groovy-process.js';
import { listGroovyFiles, loadPipelineTree } from './pipeline-source.js';

export interface CompileError {
  file: string | null;
  line: number | null;
  column: number | null;
  message: string;
}

export interface CompileReport {
  units: { files: string[]; errors: CompileError[] }[];
  /** Per standalone script: plain bytecode of its body and nested closures. */
  sizes: Record<string, { bodyBytes: number; closures: number }>;
}

/** Compiles library/ as one unit and every other Groovy file of the tree on its own. */
export async function compileTree(root: string): Promise<CompileReport> {
  const files = listGroovyFiles(root);
  const libraryFiles = files.filter((f) => f.startsWith('library/vars/') || f.startsWith('library/src/'));
  const scripts = files.filter((f) => !libraryFiles.includes(f) && !f.startsWith('library/'));
  return callHarness<CompileReport>('compile', {
    library: libraryFiles.length ? { root, files: libraryFiles } : null,
    scripts: scripts.map((name) => ({ name, path: join(root, name) })),
    classpath: [join(root, 'library', 'src')],
  });
}

let compiledPipelineTree: Promise<CompileReport> | undefined;

/** The compile report of loadPipelineTree()'s tree: compiled once per test process, not per test. */
export function compilePipelineTree(): Promise<CompileReport> {
  compiledPipelineTree ??= loadPipelineTree().then(({ root }) => compileTree(root));
  return compiledPipelineTree;
}

/** "file:line:column: message" for every error, for assertion messages a reader can act on. */
export function formatErrors(report: CompileReport): string[] {
  return report.units.flatMap((unit) =>
    unit.errors.map((e) => `${e.file ?? unit.files.join(',')}:${e.line ?? '?'}:${e.column ?? '?'}: ${e.message}`),
  );
}
