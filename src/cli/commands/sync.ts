import { staleGeneratedProblem } from '../../app/delivered-files.js';
import { syncModules } from '../../app/sync.js';
import { connectGitHub, failWith, githubFormat, printReport } from '../github.js';
import type { CliIo } from '../io.js';
import { findModule, loadPlan } from '../project.js';
import { readSourceCommit } from '../source-commit.js';
import type { SyncFlags } from '../declare/sync.js';

/** `gatehouse sync`, declared in ../declare/sync.ts. */
export async function runSync(io: CliIo, done: (code: number) => void, flags: SyncFlags): Promise<void> {
  const format = githubFormat(flags);
  const { plan, config } = await loadPlan(io, flags.config);
  const modules = flags.module ?? [];
  for (const name of modules) findModule(plan, name, config);
  const session = connectGitHub(io, plan.model, format);
  const stale = await staleGeneratedProblem(config);
  if (stale) failWith(stale, config.displayName);
  const report = await syncModules({ plan, modules, port: session.port, dryRun: flags.dryRun === true, force: flags.force === true, source: await readSourceCommit(config.path) });
  done(printReport(io, session, report, format));
}
