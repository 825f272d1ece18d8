import { prepareReleases } from '../../../app/release-prepare.js';
import { BUMPS } from '../../../release/notes/render-notes.js';
import { writeModuleVersion } from '../../../output/write-config.js';
import { connectGitHub, githubFormat, printReport } from '../../github.js';
import type { CliIo } from '../../io.js';
import { oneOf } from '../../options.js';
import { findModule, loadPlan } from '../../project.js';
import type { PrepareFlags } from '../../declare/release/prepare.js';

/** `gatehouse release prepare`, declared in ../../declare/release/prepare.ts. */
export async function runReleasePrepare(io: CliIo, done: (code: number) => void, flags: PrepareFlags): Promise<void> {
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
}
