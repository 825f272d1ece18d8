// `gatehouse release rollback-plan`: its name, options and help. runReleaseRollbackPlan in
// src/cli/commands/release/rollback-plan.ts runs it, imported only then (see src/cli/main.ts).
import type { Command } from 'commander';
import type { CliIo } from '../../io.js';
import { formatOption } from '../flags.js';

export const FORMATS = ['text', 'json'] as const;

export interface ReleaseRollbackPlanOptions {
  deployed?: string;
  format: string;
}

export function registerReleaseRollbackPlan(release: Command, io: CliIo, done: (code: number) => void): void {
  release
    .command('rollback-plan')
    .description('the way back for a train: its modules in reverse wave order, each to the production revision the manifest recorded')
    .argument('<manifest>', 'the manifest of the train (read alone: no modules.yaml needed)')
    .option('--deployed <modules>', 'only the modules whose deploy started (comma or space separated; default: all)')
    .option(...formatOption(FORMATS))
    .action(async (manifest: string, options: ReleaseRollbackPlanOptions) => (await import('../../commands/release/rollback-plan.js')).runReleaseRollbackPlan(io, done, manifest, options));
}
