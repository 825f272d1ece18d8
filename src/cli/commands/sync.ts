import type { Command } from 'commander';
import { staleGeneratedProblem } from '../../app/delivered-files.js';
import { syncModules } from '../../app/sync.js';
import { connectGitHub, failWith, githubFormat, printReport, withGitHubOptions } from '../github.js';
import type { GitHubFlags } from '../github.js';
import type { CliIo } from '../io.js';
import { findModule, loadPlan } from '../project.js';
import { readSourceCommit } from '../source-commit.js';

interface SyncFlags extends GitHubFlags {
  module?: string[];
  config?: string;
  force?: boolean;
}

export function registerSync(program: Command, io: CliIo, done: (code: number) => void): void {
  withGitHubOptions(
    program
      .command('sync')
      .description("bring each module's generated Jenkinsfile and chart/ into its repository through a pull request into the base branch")
      .option('--module <name...>', 'only these modules (repeatable; default: every module)'),
    true,
  )
    .action(async (flags: SyncFlags) => {
      const format = githubFormat(flags);
      const { plan, config } = await loadPlan(io, flags.config);
      const modules = flags.module ?? [];
      for (const name of modules) findModule(plan, name, config);
      const session = connectGitHub(io, plan.model, format);
      const stale = await staleGeneratedProblem(config);
      if (stale) failWith(stale, config.displayName);
      const report = await syncModules({ plan, modules, port: session.port, dryRun: flags.dryRun === true, force: flags.force === true, source: await readSourceCommit(config.path) });
      done(printReport(io, session, report, format));
    });
}
