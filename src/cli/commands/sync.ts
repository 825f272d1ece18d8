import type { Command } from 'commander';
import { staleGeneratedProblem } from '../../app/delivered-files.js';
import { syncModules } from '../../app/sync.js';
import { connectGitHub, DRY_RUN_OPTION, FORCE_OPTION, githubFormat, GITHUB_FORMAT_OPTION, printProblem, printReport } from '../github.js';
import type { GitHubFlags } from '../github.js';
import type { CliIo } from '../io.js';
import { EXIT_PROBLEMS } from '../io.js';
import { CONFIG_OPTION, configSource } from '../options.js';
import { findModuleOrReport, loadPlanOrReport } from '../project.js';
import { readSourceCommit } from '../source-commit.js';

interface SyncFlags extends GitHubFlags {
  module?: string[];
  config?: string;
  force?: boolean;
}

export function registerSync(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('sync')
    .description("bring each module's generated Jenkinsfile and chart/ into its repository through a pull request into the base branch")
    .option('--module <name...>', 'only these modules (repeatable; default: every module)')
    .option(...CONFIG_OPTION)
    .option(...GITHUB_FORMAT_OPTION)
    .option(...DRY_RUN_OPTION)
    .option(...FORCE_OPTION)
    .action(async (flags: SyncFlags) => {
      const format = githubFormat(flags);
      const plan = await loadPlanOrReport(io, flags.config);
      if (!plan) return done(EXIT_PROBLEMS);
      const modules = flags.module ?? [];
      if (!modules.every((name) => findModuleOrReport(io, plan, name))) return done(EXIT_PROBLEMS);
      const config = configSource(io, flags.config);
      const stale = await staleGeneratedProblem(config);
      if (stale) return done(printProblem(io, stale));
      const port = connectGitHub(io, plan.model);
      const report = await syncModules({ plan, modules, port, dryRun: flags.dryRun === true, force: flags.force === true, source: await readSourceCommit(config.path) });
      done(printReport(io, report, format));
    });
}
