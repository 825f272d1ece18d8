import type { Command } from 'commander';
import { staleGeneratedProblem } from '../../app/delivered-files.js';
import { publishLibrary } from '../../app/library-publish.js';
import { connectGitHub, DRY_RUN_OPTION, FORCE_OPTION, githubFormat, GITHUB_FORMAT_OPTION, printProblem, printReport } from '../github.js';
import type { GitHubFlags } from '../github.js';
import type { CliIo } from '../io.js';
import { EXIT_PROBLEMS } from '../io.js';
import { CONFIG_OPTION, configSource } from '../options.js';
import { loadPlanOrReport } from '../project.js';

interface PublishFlags extends GitHubFlags {
  config?: string;
  force?: boolean;
}

export function registerLibrary(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('library')
    .description('the shared library on GitHub')
    .command('publish')
    .description('push generated/library/ to project.library.repository and tag it project.library.version (a tag never moves)')
    .option(...CONFIG_OPTION)
    .option(...GITHUB_FORMAT_OPTION)
    .option(...DRY_RUN_OPTION)
    .option(...FORCE_OPTION)
    .action(async (flags: PublishFlags) => {
      const format = githubFormat(flags);
      const plan = await loadPlanOrReport(io, flags.config);
      if (!plan) return done(EXIT_PROBLEMS);
      const stale = await staleGeneratedProblem(configSource(io, flags.config));
      if (stale) return done(printProblem(io, stale));
      const port = connectGitHub(io, plan.model);
      done(printReport(io, await publishLibrary({ plan, port, dryRun: flags.dryRun === true, force: flags.force === true }), format));
    });
}
