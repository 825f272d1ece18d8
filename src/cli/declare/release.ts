// `gatehouse release`: the release train's commands, one file each under release/, so adding a
// subcommand adds one line here.
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { registerReleaseDay } from './release/day.js';
import { registerReleaseDecide } from './release/decide.js';
import { registerReleaseDeployPlan } from './release/deploy-plan.js';
import { registerReleaseManifest } from './release/manifest.js';
import { registerReleasePrepare } from './release/prepare.js';
import { registerReleaseRollbackPlan } from './release/rollback-plan.js';
import { registerReleaseSchedule } from './release/schedule.js';
import { registerReleaseShow } from './release/show.js';
import { registerReleaseTag } from './release/tag.js';
import { registerReleaseVoters } from './release/voters.js';

export function registerRelease(program: Command, io: CliIo, done: (code: number) => void): void {
  const release = program.command('release').description('the release: the train (manifests, votes, rollback plans, schedule) and its GitHub side (release branches and pull requests, tags and notes)');
  registerReleaseManifest(release, io, done);
  registerReleaseVoters(release, io, done);
  registerReleaseDecide(release, io, done);
  registerReleaseShow(release, io, done);
  registerReleaseDeployPlan(release, io, done);
  registerReleaseRollbackPlan(release, io, done);
  registerReleaseDay(release, io, done);
  registerReleaseSchedule(release, io, done);
  registerReleasePrepare(release, io, done);
  registerReleaseTag(release, io, done);
}
