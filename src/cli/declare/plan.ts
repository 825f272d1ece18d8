// `gatehouse plan`: its name, options and help. runPlan in
// src/cli/commands/plan.ts runs it, imported only then (see src/cli/main.ts).
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { CONFIG_OPTION, formatOption } from './flags.js';

export const FORMATS = ['text', 'json'] as const;

export interface PlanOptions {
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
    .action(async (options: PlanOptions) => (await import('../commands/plan.js')).runPlan(io, done, options));
}
