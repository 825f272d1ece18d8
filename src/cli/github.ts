// What the GitHub commands share at the CLI edge: the token (from GITHUB_TOKEN only: never a
// flag, never printed), the port built from it and project.github.apiUrl, --format, and
// printing the report with its exit code.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { createGitHubPort } from '../github/octokit-port.js';
import type { Model } from '../model/types.js';
import type { Problem } from '../release/codes.js';
import { problem } from '../release/codes.js';
import type { GitHubPort } from '../release/port.js';
import type { RunReport } from '../release/render-result.js';
import { reportExitCode, reportJson, renderReportText } from '../release/render-result.js';
import { printableBlock } from '../util/printable.js';
import { CliFailure } from './failure.js';
import type { CliIo } from './io.js';
import { diagnosticJson, printJson } from './json-output.js';
import { oneOf } from './options.js';
import { GITHUB_FORMATS } from './declare/flags.js';

export interface GitHubFlags {
  format: string;
  dryRun?: boolean;
}

/** A GitHub session: the port, and the waits it reported (rate limits, retries). */
export interface GitHubSession {
  port: GitHubPort;
  waits: string[];
}

/**
 * The port to project.github.apiUrl with the GITHUB_TOKEN of the environment; GH700 (exit 2)
 * without one. Waits go to stderr as they happen in text mode, into the document in JSON mode.
 */
export function connectGitHub(io: CliIo, model: Model, format: 'text' | 'json'): GitHubSession {
  const token = io.env?.['GITHUB_TOKEN']?.trim();
  if (token === undefined || token === '') {
    throw new CliFailure([problemDiagnostic(problem('GH700', 'GITHUB_TOKEN is not set', 'export a token that may write to the repositories; gatehouse reads it from this variable only'))]);
  }
  const waits: string[] = [];
  const port = createGitHubPort({
    apiUrl: model.project.github.apiUrl,
    token,
    ...(io.githubTiming ? { timing: io.githubTiming } : {}),
    warn: (message) => (format === 'json' ? waits.push(message) : io.err(printableBlock(`gatehouse: ${message}\n`))),
  });
  return { port, waits };
}

/** Checks --format before anything talks to GitHub. */
export function githubFormat(flags: GitHubFlags): 'text' | 'json' {
  return oneOf('--format', flags.format, GITHUB_FORMATS);
}

export function printReport(io: CliIo, session: GitHubSession, report: RunReport, format: 'text' | 'json'): number {
  if (format === 'json') printJson(io, { ...reportJson(report, (p) => diagnosticJson(problemDiagnostic(p))), waits: session.waits });
  else io.out(printableBlock(renderReportText(report)));
  return reportExitCode(report);
}

/** A problem that stops the whole command before it changes anything, as a CLI failure. */
export function failWith(found: Problem, config: string): never {
  throw new CliFailure([problemDiagnostic(found)], { config });
}

/** A GitHub problem in the one diagnostic shape: about a repository, not about a file position. */
function problemDiagnostic(found: Problem): Diagnostic {
  return { code: found.code, severity: found.severity, message: found.message, file: '', path: '', ...(found.hint === undefined ? {} : { hint: found.hint }) };
}
