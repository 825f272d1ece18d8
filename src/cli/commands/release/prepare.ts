import type { Command } from 'commander';
import { prepareReleases } from '../../../app/release-prepare.js';
import { BUMPS } from '../../../release/notes/render-notes.js';
import { writeModuleVersion } from '../../../output/write-config.js';
import { connectGitHub, githubFormat, printReport, withGitHubOptions } from '../../github.js';
import type { GitHubFlags } from '../../github.js';
import type { CliIo } from '../../io.js';
import { oneOf } from '../../options.js';
import { findModule, loadPlan } from '../../project.js';

interface PrepareFlags extends GitHubFlags {
  module?: string[];
  bump?: string;
  config?: string;
  force?: boolean;
}

export function registerReleasePrepare(release: Command, io: CliIo, done: (code: number) => void): void {
  withGitHubOptions(
    release
      .command('prepare')
      .description('release branch, release pull request (notes and checklist) and the bumped version in modules.yaml, for each module with merged pull requests')
      .option('--module <name...>', 'only these modules (repeatable; default: every module with pull requests since its last release)')
      .option('--bump <bump>', `override the bump the labels ask for: ${BUMPS.join(', ')}`),
    true,
  )
    .action(async (flags: PrepareFlags) => {
      const format = githubFormat(flags);
      const bump = flags.bump === undefined ? undefined : oneOf('--bump', flags.bump, BUMPS);
      const { plan, config } = await loadPlan(io, flags.config);
      const modules = flags.module ?? [];
      for (const name of modules) findModule(plan, name, config);
      const session = connectGitHub(io, plan.model, format);
      const report = await prepareReleases({
        plan, modules, bump, port: session.port, dryRun: flags.dryRun === true, force: flags.force === true,
        setVersion: (module, version) => writeModuleVersion(config.path, module, version),
      });
      done(printReport(io, session, report, format));
    });
}
