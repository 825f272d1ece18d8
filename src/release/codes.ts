// Stable codes of the problems the GitHub commands (sync, library publish, release prepare,
// release tag) report per module. docs/github.md lists them; a test keeps the two in step.

export const GITHUB_CODES = {
  GH700: { title: 'no GitHub token', explanation: '`GITHUB_TOKEN` is not set. The GitHub commands read the token only from this variable (never a flag, never printed).' },
  GH701: { title: 'GitHub request failed', explanation: 'GitHub answered an error that retrying did not fix (after the retries for 5xx and rate limits). The message names the request and GitHub\'s answer; the module\'s remaining operations were not run. Re-running is safe.' },
  GH702: { title: 'repository or branch not found', explanation: 'The repository does not exist, the token cannot see it, or the branch the command works from (base branch, production branch) does not exist. Create it, or fix `repository` / `branchFlow` in modules.yaml.' },
  GH703: { title: 'file edited by hand', explanation: 'A file gatehouse writes was changed in the target repository since gatehouse last wrote it (its blob differs from the one recorded in `.gatehouse-sync.json` there). Move the change into modules.yaml or the templates, or pass `--force` to overwrite it.' },
  GH704: { title: 'file gatehouse did not write', explanation: 'The target repository already has a file where gatehouse writes one, and gatehouse never wrote it (typically a hand-written Jenkinsfile or chart before the first sync). Review the difference, then pass `--force` to replace it.' },
  GH705: { title: 'branch has commits gatehouse did not make', explanation: 'The sync branch\'s newest commit was not made by gatehouse (someone pushed to it). gatehouse would replace it; pass `--force` to do so, or merge or drop that commit first.' },
  GH706: { title: 'library tag holds other content', explanation: 'The tag `project.library.version` already exists in the library repository with different library content. A pinned tag never moves: bump `project.library.version`, regenerate and publish again.' },
  GH707: { title: 'release tag on another commit', explanation: 'The tag `<module>-v<version>` already exists on a different commit. A release tag never moves: bump the module\'s version for a new release.' },
  GH708: { title: 'pull request without issue reference', explanation: 'A merged pull request names no issue (`#123`, `owner/repo#123`, an issue URL, or an issue number in its branch name) that exists and is not itself a pull request. The process requires one: edit the pull request\'s description, then run again. `release.github.requireIssueReference: false` makes this a warning.' },
  GH709: { title: 'generated/ is not current', explanation: '`generated/` differs from what `gatehouse generate` writes for modules.yaml. The GitHub commands deliver only reviewed, committed output: run `gatehouse generate`, commit, and run again.' },
  GH710: { title: 'repository is empty', explanation: 'The repository has no commits, so GitHub refuses to create git objects in it. Create it with an initial commit (e.g. a README) and run again.' },
  GH711: { title: 'release version conflict', explanation: 'The version to release does not fit what exists: the module\'s version in modules.yaml is below its latest release tag, or `--bump` disagrees with a release already in preparation (its release branch exists). Fix modules.yaml, or delete the stale release branch.' },
  GH712: { title: 'commit not found', explanation: 'The `--sha` given to `release tag` is not a commit of the module\'s repository.' },
} as const;

export type GitHubCode = keyof typeof GITHUB_CODES;

/** A problem for one module (or the library), with the code that documents it. */
export interface Problem {
  code: GitHubCode;
  severity: 'error' | 'warning';
  message: string;
  hint?: string;
}

export function problem(code: GitHubCode, message: string, hint?: string): Problem {
  return { code, severity: 'error', message, ...(hint === undefined ? {} : { hint }) };
}

export function warning(code: GitHubCode, message: string, hint?: string): Problem {
  return { code, severity: 'warning', message, ...(hint === undefined ? {} : { hint }) };
}
