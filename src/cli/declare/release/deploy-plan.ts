// `gatehouse release deploy-plan`: its name, options and help. runReleaseDeployPlan in
// src/cli/commands/release/deploy-plan.ts runs it, imported only then (see src/cli/main.ts).
import type { Command } from 'commander';
import type { CliIo } from '../../io.js';
import { CONFIG_OPTION, formatOption } from '../flags.js';

export const FORMATS = ['json'] as const;

export interface ReleaseDeployPlanOptions {
  config?: string;
  format: string;
}

export function registerReleaseDeployPlan(release: Command, io: CliIo, done: (code: number) => void): void {
  release
    .command('deploy-plan')
    .description('for a train decided GO: per wave, per module, the chart, image and deploy settings; the lock, smoke and load tests')
    .argument('<manifest>', 'the decided manifest')
    .option(...CONFIG_OPTION)
    .option(...formatOption(FORMATS))
    .action(async (manifest: string, options: ReleaseDeployPlanOptions) => (await import('../../commands/release/deploy-plan.js')).runReleaseDeployPlan(io, done, manifest, options));
}
