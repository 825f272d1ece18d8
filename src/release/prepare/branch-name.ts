// Release branch names from the convention in modules.yaml (`release.github.branchName`, with
// `{module}` and `{version}`), and back: which existing branches are releases of a module. Pure.
import { valid } from 'semver';

export function releaseBranchName(pattern: string, module: string, version: string): string {
  return pattern.replaceAll('{module}', module).replaceAll('{version}', version);
}

/** The part of the name before `{version}` (module filled in): what to list refs by. */
export function releaseBranchPrefix(pattern: string, module: string): string {
  return pattern.slice(0, pattern.indexOf('{version}')).replaceAll('{module}', module);
}

/** The version a branch name is a release branch of, for this module; undefined for other branches. */
export function releaseBranchVersion(pattern: string, module: string, branch: string): string | undefined {
  const source = pattern
    .split(/(\{module\}|\{version\})/)
    .map((part) => (part === '{module}' ? escape(module) : part === '{version}' ? '(?<version>[0-9][0-9A-Za-z.+-]*)' : escape(part)))
    .join('');
  const version = new RegExp(`^${source}$`).exec(branch)?.groups?.['version'];
  return version !== undefined && valid(version) === version ? version : undefined;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
