// What the GitHub commands share at the CLI edge: the token (from GITHUB_TOKEN only: never a
// flag, never printed), the port built from it and project.github.apiUrl, the common flags, and
// printing the report with its exit code.
import { createGitHubPort } from '../github/octokit-port.js';
import type { Model } from '../model/types.js';
import type { Problem } from '../release/codes.js';
import type { GitHubPort } from '../release/port.js';
import type { RunReport } from '../release/render-result.js';
import { renderReportJson, renderReportText, reportExitCode } from '../release/render-result.js';
import type { CliIo } from './io.js';
import { EXIT_PROBLEMS, UsageError } from './io.js';
import { formatOption, oneOf } from './options.js';

export const GITHUB_FORMATS = ['text', 'json'] as const;
export const GITHUB_FORMAT_OPTION = formatOption(GITHUB_FORMATS);
export const DRY_RUN_OPTION = ['--dry-run', 'print the operations and change nothing'] as const;
export const FORCE_OPTION = ['--force', 'overwrite files edited by hand (or not written by gatehouse) in the target repository'] as const;

export interface GitHubFlags {
  format: string;
  dryRun?: boolean;
}

/** The port to project.github.apiUrl with the GITHUB_TOKEN of the environment. */
export function connectGitHub(io: CliIo, model: Model): GitHubPort {
  const token = io.env?.['GITHUB_TOKEN'];
  if (token === undefined || token.trim() === '') {
    throw new UsageError('GH700: GITHUB_TOKEN is not set; export a token that may write to the repositories (the token is read from this variable only)');
  }
  return createGitHubPort({
    apiUrl: model.project.github.apiUrl,
    token: token.trim(),
    ...(io.githubTiming ? { timing: io.githubTiming } : {}),
    warn: (message) => io.err(`gatehouse: ${message}\n`),
  });
}

/** Checks --format before anything talks to GitHub. */
export function githubFormat(flags: GitHubFlags): 'text' | 'json' {
  return oneOf('--format', flags.format, GITHUB_FORMATS);
}

export function printReport(io: CliIo, report: RunReport, format: 'text' | 'json'): number {
  io.out(format === 'json' ? renderReportJson(report) : renderReportText(report));
  return reportExitCode(report);
}

/** A problem that stops the whole command before it talks to GitHub (exit 1). */
export function printProblem(io: CliIo, found: Problem): number {
  io.err(`gatehouse: ${found.severity} ${found.code}: ${found.message}\n${found.hint === undefined ? '' : `  hint: ${found.hint}\n`}`);
  return EXIT_PROBLEMS;
}
