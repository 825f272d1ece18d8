// Real git for the diff tests: a fixed identity and date, so a commit's id depends only on its
// content and parents, and the documented samples come out the same on every run.
import { execFileSync } from 'node:child_process';

const FIXED = 'Mon, 6 Jan 2025 10:00:00 +0530';
const GIT_ENV = {
  ...process.env,
  // No user or system configuration (signing, hooks, templates) can change what a commit is.
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_AUTHOR_DATE: FIXED,
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_COMMITTER_DATE: FIXED,
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] }).trim();
}

/** The empty tree's commit on a new branch, made without touching the work tree. */
export function emptyCommitBranch(cwd: string, branch: string): void {
  const emptyTree = execFileSync('git', ['mktree'], { cwd, env: GIT_ENV, input: '', encoding: 'utf8' }).trim();
  git(cwd, 'branch', branch, git(cwd, 'commit-tree', emptyTree, '-m', 'empty'));
}
