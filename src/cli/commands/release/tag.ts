import type { Command } from 'commander';
import { releaseTag } from '../../../app/release-tag.js';
import { parseReleaseId } from '../../../version/parse.js';
import { connectGitHub, githubFormat, printReport, withGitHubOptions } from '../../github.js';
import type { GitHubFlags } from '../../github.js';
import type { CliIo } from '../../io.js';
import { UsageError } from '../../io.js';
import { parseSha } from '../../options.js';
import { findModule, loadPlan } from '../../project.js';

interface TagFlags extends GitHubFlags {
  module: string;
  sha: string;
  releaseId?: string;
  config?: string;
}

export function registerReleaseTag(release: Command, io: CliIo, done: (code: number) => void): void {
  withGitHubOptions(
    release
      .command('tag')
      .description('tag the commit production runs as <module>-v<version> (annotated) and publish its GitHub release with the notes')
      .requiredOption('--module <name>', 'module in modules.yaml; its version names the tag')
      .requiredOption('--sha <sha>', 'the commit production runs, 7 to 40 hex digits')
      .option('--release-id <id>', "the deployed build's release id, for the tag message (default: from the version and --sha)"),
    false,
  )
    .action(async (flags: TagFlags) => {
      const format = githubFormat(flags);
      const sha = parseSha(flags.sha);
      const { plan, config } = await loadPlan(io, flags.config);
      const { module } = findModule(plan, flags.module, config);
      if (flags.releaseId !== undefined) checkReleaseId(flags.releaseId, module.name, module.version);
      const session = connectGitHub(io, plan.model, format);
      const report = await releaseTag({ plan, module, sha, ...(flags.releaseId ? { releaseId: flags.releaseId } : {}), port: session.port, dryRun: flags.dryRun === true });
      done(printReport(io, session, report, format));
    });
}

function checkReleaseId(releaseId: string, module: string, version: string): void {
  const parsed = parseReleaseId(releaseId);
  if (parsed?.module !== module || parsed.version !== version) {
    throw new UsageError(`--release-id must be the release id of ${module} ${version} (<module>-<major>-<minor>-<patch>-<sha>; got "${releaseId}")`);
  }
}
