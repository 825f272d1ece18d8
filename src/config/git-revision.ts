// The git edge of `gatehouse diff`: which revision to compare with, and modules.yaml as it was
// there. Only git itself is asked (child_process with argument lists, never a shell), so
// worktrees, submodules, packed refs and partial clones behave as they do for git.
import { execFile } from 'node:child_process';
import { basename, dirname } from 'node:path';
import type { SourceFile } from './load.js';

export interface BaseRevision {
  /** The revision the user gave (--base), or null for the merge base with the upstream branch. */
  given: string | null;
  /** The upstream branch whose merge base with HEAD is compared with, or null. */
  upstream: string | null;
  /** The full commit id compared with. */
  commit: string;
}

/** Why git could not give what was asked: a usage problem the user fixes (exit 2). */
export interface GitProblem {
  problem: string;
}

/** "main (1a2b3c4)" or "1a2b3c4, the merge base of HEAD and origin/main". */
export function describeBase(base: BaseRevision): string {
  const short = base.commit.slice(0, 7);
  if (base.given !== null) return `${base.given} (${short})`;
  return `${short}, the merge base of HEAD and ${base.upstream ?? 'its upstream'}`;
}

/** The commit to compare with: --base, else the merge base of HEAD and its upstream branch. */
export async function resolveBaseRevision(configPath: string, given: string | undefined): Promise<BaseRevision | GitProblem> {
  const cwd = dirname(configPath);
  const inside = await git(cwd, ['rev-parse', '--is-inside-work-tree']);
  if (!inside.ok) return { problem: `${cwd} is not inside a git work tree (${inside.error}); gatehouse diff reads the old modules.yaml with git` };
  if (given !== undefined) {
    const commit = await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${given}^{commit}`]);
    return commit.ok ? { given, upstream: null, commit: commit.out.trim() } : { problem: `--base ${given}: no such commit in this repository` };
  }
  const upstream = await git(cwd, ['rev-parse', '--abbrev-ref', '--symbolic-full-name', '@{upstream}']);
  if (!upstream.ok) return { problem: `HEAD has no upstream branch to compare with (${upstream.error}); pass --base REV, e.g. --base origin/main` };
  const mergeBase = await git(cwd, ['merge-base', 'HEAD', '@{upstream}']);
  if (!mergeBase.ok) return { problem: `HEAD and ${upstream.out.trim()} have no common commit; pass --base REV` };
  return { given: null, upstream: upstream.out.trim(), commit: mergeBase.out.trim() };
}

/** modules.yaml (the file at configPath, by its path in the repository) as it was at `base`. */
export async function loadSourceAtRevision(configPath: string, base: BaseRevision, name: string): Promise<SourceFile | GitProblem> {
  const cwd = dirname(configPath);
  const prefix = await git(cwd, ['rev-parse', '--show-prefix']);
  if (!prefix.ok) return { problem: `cannot locate ${configPath} in its git repository (${prefix.error})` };
  const path = `${prefix.out.trim()}${basename(configPath)}`;
  const shown = await git(cwd, ['show', `${base.commit}:${path}`]);
  if (!shown.ok) return { problem: `${path} does not exist at ${describeBase(base)}; pass --base with a revision that has it` };
  return { name, text: shown.out };
}

type GitResult = { ok: true; out: string } | { ok: false; error: string };

function git(cwd: string, args: readonly string[]): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) return resolve({ ok: true, out: stdout });
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      resolve({ ok: false, error: missing ? 'git is not installed or not on PATH' : firstLine(stderr) || error.message });
    });
  });
}

function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? '';
}
