// Which issues a pull request names. GitHub links `closes #N` only for pull requests into the
// default branch, and feature work merges into staging, so the reference is read from the pull
// request itself: its description (`#12`, `acme/tracker#12`, an issues URL) and its branch name
// (`feature/123-login`, `bugfix/GH-123`). Each candidate is confirmed with the issues API later
// (it must exist and not be a pull request). Pure.
import type { RepoId } from '../port.js';

export interface IssueRef {
  repo: RepoId;
  number: number;
}

const SAME_REPO = /(?:^|[\s([{,;:])#(\d+)\b/g;
const OTHER_REPO = /(?:^|[\s([{,;:])([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)#(\d+)\b/g;
const ISSUE_URL = /https?:\/\/[^\s/]+\/([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)\/issues\/(\d+)\b/g;
const BRANCH_NUMBER = /(?:^|\/)(?:issue-|gh-)?(\d+)(?:[-_]|$)/i;

/** Candidate issue references, in the order they appear (description first, then the branch), without duplicates. */
export function findIssueReferences(pull: { body: string; head: string }, repo: RepoId): IssueRef[] {
  const found: IssueRef[] = [];
  const add = (owner: string, name: string, number: string) => {
    const ref = { repo: { owner, name }, number: Number(number) };
    if (!found.some((f) => sameRef(f, ref))) found.push(ref);
  };
  const body = withoutCode(pull.body);
  for (const [, match] of allMatches(body)) {
    if (match.length === 2) add(repo.owner, repo.name, match[1] ?? '');
    else add(match[1] ?? '', match[2] ?? '', match[3] ?? '');
  }
  const branch = BRANCH_NUMBER.exec(pull.head);
  if (branch) add(repo.owner, repo.name, branch[1] ?? '');
  return found;
}

export function formatIssueRef(ref: IssueRef, repo: RepoId): string {
  const sameRepo = ref.repo.owner.toLowerCase() === repo.owner.toLowerCase() && ref.repo.name.toLowerCase() === repo.name.toLowerCase();
  return sameRepo ? `#${ref.number}` : `${ref.repo.owner}/${ref.repo.name}#${ref.number}`;
}

/** Every match of the three forms, by position, so references keep their written order. */
function allMatches(text: string): [number, string[]][] {
  const matches: [number, string[]][] = [];
  for (const m of text.matchAll(SAME_REPO)) matches.push([m.index, [m[0], m[1] ?? '']]);
  for (const m of text.matchAll(OTHER_REPO)) matches.push([m.index, [m[0], m[1] ?? '', m[2] ?? '', m[3] ?? '']]);
  for (const m of text.matchAll(ISSUE_URL)) matches.push([m.index, [m[0], m[1] ?? '', m[2] ?? '', m[3] ?? '']]);
  return matches.sort((a, b) => a[0] - b[0]);
}

/** Code spans and fenced blocks often hold `#123`-like text that is not a reference. */
function withoutCode(text: string): string {
  return text.replace(/```[\s\S]*?```/g, ' ').replace(/`[^`\n]*`/g, ' ');
}

function sameRef(a: IssueRef, b: IssueRef): boolean {
  return a.number === b.number && a.repo.owner.toLowerCase() === b.repo.owner.toLowerCase() && a.repo.name.toLowerCase() === b.repo.name.toLowerCase();
}
