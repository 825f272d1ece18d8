import type { Command } from 'commander';
import type { BuildDescription } from '../../plan/classify.js';
import { matchingKinds } from '../../plan/classify.js';
import { planToJson } from '../../plan/plan-json.js';
import { renderPlanOverview } from '../../plan/render-overview.js';
import { printable, renderPlanText } from '../../plan/render-text.js';
import type { ModulePlan, Plan } from '../../plan/types.js';
import type { BranchKind } from '../../model/types.js';
import type { CliIo } from '../io.js';
import { EXIT_OK, UsageError } from '../io.js';
import { CONFIG_OPTION, formatOption, oneOf } from '../options.js';
import { findModule, loadPlan } from '../project.js';
import { printJson } from '../json-output.js';
import { runTrainPlan, wantsTrainPlan } from './plan-train.js';

const FORMATS = ['text', 'json'] as const;

interface PlanOptions {
  config?: string;
  module?: string;
  all?: boolean;
  branch?: string;
  target?: string;
  source?: string;
  format: string;
  train?: string | true;
  candidates?: string;
}

export function registerPlan(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('plan')
    .description('print an overview of every module by deployment wave, or the stages every branch kind runs per module')
    .option(...CONFIG_OPTION)
    .option('--module <name>', "this module's stages per branch kind")
    .option('--all', "every module's stages per branch kind")
    .option('--branch <name>', 'a real BRANCH_NAME (feature/login, staging, master, PR-12): show what that build does')
    .option('--target <branch>', 'with a PR-<n> --branch: the pull request target (CHANGE_TARGET)')
    .option('--source <branch>', 'with a PR-<n> --branch: the pull request source branch (CHANGE_BRANCH)')
    .option('--train [modules]', 'what the release train would do: schedule, waves, votes (all modules, or these, comma separated)')
    .option('--candidates <file>', 'with --train: plan from the candidates the pipeline collected')
    .option(...formatOption(FORMATS))
    .addHelpText('after', '\nWithout --module, --all or --branch the text output is a one-screen overview.\n\nExamples:\n  gatehouse plan\n  gatehouse plan --module auth\n  gatehouse plan --branch PR-12 --target master --source staging --module auth\n  gatehouse plan --train auth,editor\n')
    .action(async (options: PlanOptions) => {
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
    });
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
