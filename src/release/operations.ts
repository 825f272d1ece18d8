// What a GitHub command will do, as data: planning returns these, `--dry-run` prints them, the
// apply step executes them. Each is idempotent when applied again on the state it produced.
import type { Problem } from './codes.js';
import type { RepoId, TreeChange } from './port.js';
import { repoSlug } from './port.js';

/** One commit of file changes on a branch; `ref` says how the branch gets it. */
export interface CommitOperation {
  kind: 'commit';
  repo: RepoId;
  branch: string;
  /** The commit it builds on (null: the branch's first commit) and that commit's tree. */
  parent: string | null;
  baseTree: string | undefined;
  changes: TreeChange[];
  message: string;
  ref: 'create' | 'fast-forward' | 'force';
}

export type Operation =
  | CommitOperation
  | { kind: 'create-branch'; repo: RepoId; branch: string; sha: string }
  | { kind: 'delete-branch'; repo: RepoId; branch: string }
  /** An annotated tag; `commit: 'new-commit'` tags the commit this target's commit operation made. */
  | { kind: 'tag'; repo: RepoId; tag: string; message: string; commit: string }
  | { kind: 'open-pull'; repo: RepoId; head: string; base: string; title: string; body: string }
  | { kind: 'update-pull'; repo: RepoId; number: number; title: string; body: string }
  | { kind: 'close-pull'; repo: RepoId; number: number; comment: string | null }
  | { kind: 'create-release'; repo: RepoId; tag: string; name: string; body: string }
  | { kind: 'update-release'; repo: RepoId; id: number; tag: string; name: string; body: string }
  /** Not GitHub: set a module's version in modules.yaml (release prepare). */
  | { kind: 'set-version'; module: string; from: string; to: string };

export const NEW_COMMIT = 'new-commit';

/** Everything one module (or the library) needs: its operations, or why it refuses. */
export interface TargetPlan {
  /** Module name, or `library`. */
  target: string;
  /** Refusals (errors) stop the target: none of its operations run. Warnings do not. */
  problems: Problem[];
  operations: Operation[];
  /** Extra lines for the report (release notes, what is up to date and why). */
  details: string[];
}

export function describeOperation(op: Operation): string {
  const at = 'repo' in op ? repoSlug(op.repo) : 'modules.yaml';
  switch (op.kind) {
    case 'commit': {
      const written = op.changes.filter((c) => c.content !== null).length;
      const deleted = op.changes.length - written;
      const how = op.ref === 'create' ? 'new branch' : op.ref === 'force' ? 'replacing its commit' : 'on top';
      return `commit ${written} file(s) written, ${deleted} deleted to ${at} ${op.branch} (${how}): ${firstLine(op.message)}`;
    }
    case 'create-branch':
      return `create branch ${op.branch} in ${at} at ${short(op.sha)}`;
    case 'delete-branch':
      return `delete branch ${op.branch} in ${at}`;
    case 'tag':
      return `tag ${op.tag} (annotated) in ${at} on ${op.commit === NEW_COMMIT ? 'the new commit' : short(op.commit)}`;
    case 'open-pull':
      return `open pull request ${op.head} -> ${op.base} in ${at}: "${op.title}"`;
    case 'update-pull':
      return `update pull request #${op.number} in ${at}: "${op.title}"`;
    case 'close-pull':
      return `close pull request #${op.number} in ${at}${op.comment === null ? '' : ' with a comment'}`;
    case 'create-release':
      return `create release ${op.tag} in ${at}: "${op.name}"`;
    case 'update-release':
      return `update release ${op.tag} in ${at}: "${op.name}"`;
    case 'set-version':
      return `set modules.${op.module}.version ${op.from} -> ${op.to} in modules.yaml`;
  }
}

/** The operation as JSON for `--format json`: file contents are left out, paths kept. */
export function operationJson(op: Operation): Record<string, unknown> {
  const repo = 'repo' in op ? { repo: repoSlug(op.repo) } : {};
  if (op.kind === 'commit') {
    const changes = op.changes.map((c) => ({ path: c.path, action: c.content === null ? 'delete' : 'write' }));
    return { kind: op.kind, ...repo, branch: op.branch, parent: op.parent, ref: op.ref, message: op.message, changes };
  }
  const { kind, ...rest } = op;
  return { kind, ...rest, ...repo };
}

function short(sha: string): string {
  return sha.slice(0, 7);
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}
