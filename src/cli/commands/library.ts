import { staleGeneratedProblem } from '../../app/delivered-files.js';
import { publishLibrary } from '../../app/library-publish.js';
import { connectGitHub, failWith, githubFormat, printReport } from '../github.js';
import type { CliIo } from '../io.js';
import { loadPlan } from '../project.js';
import type { PublishFlags } from '../declare/library.js';

/** `gatehouse library`, declared in ../declare/library.ts. */
export async function runLibrary(io: CliIo, done: (code: number) => void, flags: PublishFlags): Promise<void> {
  const format = githubFormat(flags);
  const { plan, config } = await loadPlan(io, flags.config);
  const session = connectGitHub(io, plan.model, format);
  const stale = await staleGeneratedProblem(config);
  if (stale) failWith(stale, config.displayName);
  done(printReport(io, session, await publishLibrary({ plan, port: session.port, dryRun: flags.dryRun === true, force: flags.force === true }), format));
}
