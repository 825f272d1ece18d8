import { releaseTag } from '../../../app/release-tag.js';
import { parseReleaseId } from '../../../version/parse.js';
import { connectGitHub, githubFormat, printReport } from '../../github.js';
import type { CliIo } from '../../io.js';
import { UsageError } from '../../io.js';
import { parseSha } from '../../options.js';
import { findModule, loadPlan } from '../../project.js';
import type { TagFlags } from '../../declare/release/tag.js';

/** `gatehouse release tag`, declared in ../../declare/release/tag.ts. */
export async function runReleaseTag(io: CliIo, done: (code: number) => void, flags: TagFlags): Promise<void> {
  const format = githubFormat(flags);
  const sha = parseSha(flags.sha);
  const { plan, config } = await loadPlan(io, flags.config);
  const { module } = findModule(plan, flags.module, config);
  if (flags.releaseId !== undefined) checkReleaseId(flags.releaseId, module.name, module.version);
  const session = connectGitHub(io, plan.model, format);
  const report = await releaseTag({ plan, module, sha, ...(flags.releaseId ? { releaseId: flags.releaseId } : {}), port: session.port, dryRun: flags.dryRun === true });
  done(printReport(io, session, report, format));
}

function checkReleaseId(releaseId: string, module: string, version: string): void {
  const parsed = parseReleaseId(releaseId);
  if (parsed?.module !== module || parsed.version !== version) {
    throw new UsageError(`--release-id must be the release id of ${module} ${version} (<module>-<major>-<minor>-<patch>-<sha>; got "${releaseId}")`);
  }
}
