// Use case behind `gatehouse diff`: the Plan and generated files of the working tree's
// modules.yaml against the same file at a git revision. Nothing is written: both FileSets stay
// in memory.
import type { BaseRevision } from '../config/git-revision.js';
import { loadSourceAtRevision, resolveBaseRevision } from '../config/git-revision.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diffPlans } from '../diff/diff-plans.js';
import type { PlanDiff } from '../diff/types.js';
import { emitAll } from '../emit/index.js';
import type { ConfigSource, LoadedProject } from './load-project.js';
import { loadProject, projectFromSource } from './load-project.js';

export interface DiffRequest {
  config: ConfigSource;
  /** The --base revision; default: the merge base of HEAD and its upstream branch. */
  base?: string;
}

/** One modules.yaml that does not validate: which one, its diagnostics and its text for code frames. */
export interface InvalidSide {
  /** null for the working tree. */
  base: BaseRevision | null;
  diagnostics: Diagnostic[];
  text?: string;
}

export type DiffOutcome =
  | { status: 'git-problem'; message: string }
  | { status: 'invalid'; sides: InvalidSide[] }
  | { status: 'compared'; base: BaseRevision; diff: PlanDiff };

export async function diffAgainstBase(request: DiffRequest): Promise<DiffOutcome> {
  const { path, displayName } = request.config;
  const head = await loadProject(path, displayName);
  if (head.text === undefined) return { status: 'invalid', sides: [{ base: null, diagnostics: head.diagnostics }] };
  const base = await resolveBaseRevision(path, request.base);
  if ('problem' in base) return { status: 'git-problem', message: base.problem };
  const source = await loadSourceAtRevision(path, base, `${displayName}@${request.base ?? base.commit.slice(0, 7)}`);
  if ('problem' in source) return { status: 'git-problem', message: source.problem };
  const old = await projectFromSource(source);
  if (!head.plan || !old.plan) return { status: 'invalid', sides: [...invalidSide(head, null), ...invalidSide(old, base)] };
  const diff = diffPlans({ plan: old.plan, files: emitAll(old.plan) }, { plan: head.plan, files: emitAll(head.plan) });
  return { status: 'compared', base, diff };
}

function invalidSide(project: LoadedProject, base: BaseRevision | null): InvalidSide[] {
  if (project.plan) return [];
  return [{ base, diagnostics: project.diagnostics, ...(project.text === undefined ? {} : { text: project.text }) }];
}
