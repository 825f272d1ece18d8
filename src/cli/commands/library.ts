import type { Command } from 'commander';
import { staleGeneratedProblem } from '../../app/delivered-files.js';
import { publishLibrary } from '../../app/library-publish.js';
import { connectGitHub, failWith, githubFormat, printReport, withGitHubOptions } from '../github.js';
import type { GitHubFlags } from '../github.js';
import type { CliIo } from '../io.js';
import { loadPlan } from '../project.js';

interface PublishFlags extends GitHubFlags {
  config?: string;
  force?: boolean;
}

export function registerLibrary(program: Command, io: CliIo, done: (code: number) => void): void {
  withGitHubOptions(
    program
      .command('library')
      .description('the shared library on GitHub')
      .command('publish')
      .description('push generated/library/ to project.library.repository and tag it project.library.version (a tag never moves)'),
    true,
  )
    .action(async (flags: PublishFlags) => {
      const format = githubFormat(flags);
      const { plan, config } = await loadPlan(io, flags.config);
      const session = connectGitHub(io, plan.model, format);
      const stale = await staleGeneratedProblem(config);
      if (stale) failWith(stale, config.displayName);
      done(printReport(io, session, await publishLibrary({ plan, port: session.port, dryRun: flags.dryRun === true, force: flags.force === true }), format));
    });
}
