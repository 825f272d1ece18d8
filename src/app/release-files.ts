// Reading the release train's JSON files (manifest, candidates, votes): the text, the schema,
// then the semantic checks, every problem with file:line:column. One shape for every failure,
// so the CLI prints them alike.
import { parseJsonDocument, locateInDocument } from '../config/json-document.js';
import type { Finding } from '../config/finding.js';
import { loadSourceFile } from '../config/load.js';
import { loadSchema } from '../config/load-schema.js';
import type { Code } from '../diagnostics/codes.js';
import { severityOf } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { Model } from '../model/types.js';
import { loadProject } from './load-project.js';
import { unknownModule } from './unknown-module.js';
import type { ConfigSource } from './load-project.js';

/** Why a use case could not answer: diagnostics, with the text of the file their frames come from. */
export interface Failure {
  diagnostics: Diagnostic[];
  text?: string;
  textFile?: string;
}

export type Outcome<T> = { value: T; warnings: string[] } | Failure;

export function isFailure<T>(outcome: Outcome<T>): outcome is Failure {
  return !('value' in outcome);
}

const RELEASE_FILE_SCHEMAS = {
  manifest: 'release-manifest.schema.json',
  candidates: 'release-candidates.schema.json',
  votes: 'release-votes.schema.json',
} as const;

/** A file the user named: the path to read and the name diagnostics call it. */
export interface FileSource {
  path: string;
  displayName: string;
}

/** The model, or the failure of modules.yaml. */
export async function loadModel(config: ConfigSource): Promise<{ model: Model } | Failure> {
  const project = await loadProject(config.path, config.displayName);
  if (project.model && !hasErrors(project.diagnostics)) return { model: project.model };
  return { diagnostics: project.diagnostics, ...(project.text === undefined ? {} : { text: project.text, textFile: config.displayName }) };
}

/**
 * The file's data once it is JSON, matches its schema and passes `check` (findings are positioned
 * in the file); otherwise every problem.
 */
export async function loadReleaseFile<T>(kind: keyof typeof RELEASE_FILE_SCHEMAS, file: FileSource, check: (data: T) => Finding[]): Promise<{ data: T } | Failure> {
  const source = await loadSourceFile(file.path, file.displayName);
  if (!('text' in source)) return { diagnostics: [source] };
  const document = parseJsonDocument(source, await loadSchema(RELEASE_FILE_SCHEMAS[kind]));
  const failed = (diagnostics: Diagnostic[]): Failure => ({ diagnostics, text: source.text, textFile: source.name });
  if (document.data === undefined || !document.source) return failed(document.diagnostics);
  const data = document.data as T;
  const findings = check(data);
  return findings.length > 0 ? failed(locateInDocument(document.source, findings)) : { data };
}

/** GH007 for every name modules.yaml does not define; undefined when all exist. */
export function unknownModules(model: Model, names: readonly string[], config: ConfigSource): Failure | undefined {
  const known = model.modules.map((m) => m.name);
  const unknown = [...new Set(names)].filter((name) => !known.includes(name));
  return unknown.length === 0 ? undefined : { diagnostics: unknown.map((name) => unknownModule(name, known, config.displayName)) };
}

/** GH006: the command line names something its input does not have. */
export function commandLineFailure(message: string, hint?: string): Failure {
  return { diagnostics: [{ code: 'GH006', severity: 'error', message, file: '', path: '', ...(hint === undefined ? {} : { hint }) }] };
}

/** A problem with a release file as a whole, at the JSON pointer `path` (no line: the file is fine, its state is not). */
export function releaseFileFailure(code: Code, file: FileSource, message: string, path: string, hint: string): Failure {
  return { diagnostics: [{ code, severity: severityOf(code), message, file: file.displayName, path, hint }] };
}
