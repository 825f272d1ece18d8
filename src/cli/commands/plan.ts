import type { BuildDescription } from '../../plan/classify.js';
import { matchingKinds } from '../../plan/classify.js';
import { planToJson } from '../../plan/plan-json.js';
import { renderPlanOverview } from '../../plan/render-overview.js';
import { printable, renderPlanText } from '../../plan/render-text.js';
import type { ModulePlan, Plan } from '../../plan/types.js';
import type { BranchKind } from '../../model/types.js';
import type { CliIo } from '../io.js';
import { EXIT_OK, UsageError } from '../io.js';
import { oneOf } from '../options.js';
import { findModule, loadPlan } from '../project.js';
import { printJson } from '../json-output.js';
import { runTrainPlan, wantsTrainPlan } from './plan-train.js';
import { FORMATS } from '../declare/plan.js';
import type { PlanOptions } from '../declare/plan.js';

/** `gatehouse plan`, declared in ../declare/plan.ts. */
export async function runPlan(io: CliIo, done: (code: number) => void, options: PlanOptions): Promise<void> {
  const format = oneOf('--format', options.format, FORMATS);
  if (wantsTrainPlan(options)) return done(await runTrainPlan(io, options, format));
  const build = buildFromOptions(options);
  if (options.all === true && options.module !== undefined) throw new UsageError('give --module NAME or --all, not both');
  const { plan, config } = await loadPlan(io, options.config);
  const modules = options.module === undefined ? plan.modules : [findModule(plan, options.module, config)];
  const kinds = build ? matchingKinds(plan.model.branchFlow, build) : undefined;
  if (format === 'json') printJson(io, planToJson(plan, { modules, kinds, build }));
  else if (options.module === undefined && options.all !== true && !build) io.out(renderPlanOverview(plan));
  else io.out(renderText(plan, modules, build, kinds));
  done(EXIT_OK);
}

function buildFromOptions(options: PlanOptions): BuildDescription | undefined {
  const { branch, target, source } = options;
  if (branch === undefined) {
    if (target !== undefined || source !== undefined) throw new UsageError('--target and --source describe a pull request: give --branch PR-<n> too');
    return undefined;
  }
  if ((target === undefined) !== (source === undefined)) throw new UsageError('a pull request needs both --target and --source');
  if (target === undefined && /^PR-\d+$/.test(branch)) {
    throw new UsageError(`${branch} is a pull request build: add --target BRANCH --source BRANCH (e.g. --target master --source staging)`);
  }
  return target === undefined || source === undefined ? { branch } : { branch, changeTarget: target, changeSource: source };
}

function renderText(plan: Plan, modules: readonly ModulePlan[], build: BuildDescription | undefined, kinds: BranchKind[] | undefined): string {
  if (!build || !kinds) return renderPlanText(plan, { modules });
  const what = printable(describeBuild(build));
  if (kinds.length === 0) return `${what} matches no branch kind: none of the planned stages run for it.\n`;
  const overlap = kinds.length > 1 ? `warning: the branch flow overlaps; Jenkins runs the stages of every matching kind.\n` : '';
  return `${what} runs as: ${kinds.join(', ')}\n${overlap}\n` + renderPlanText(plan, { modules, kinds });
}

function describeBuild(build: BuildDescription): string {
  if (build.changeTarget === undefined) return `Build of branch ${build.branch}`;
  return `Build ${build.branch} (pull request from ${build.changeSource ?? ''} to ${build.changeTarget})`;
}
