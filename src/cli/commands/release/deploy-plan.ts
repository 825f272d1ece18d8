import type { Command } from 'commander';
import { isFailure } from '../../../app/release-files.js';
import { planManifestDeploy } from '../../../app/release-queries.js';
import type { CliIo } from '../../io.js';
import { EXIT_OK } from '../../io.js';
import { CONFIG_OPTION, configSource } from '../../options.js';
import { fileSource, jsonDocument, reportFailure } from './common.js';

export function registerReleaseDeployPlan(release: Command, io: CliIo, done: (code: number) => void): void {
  release
    .command('deploy-plan')
    .description('for a train decided GO: per wave, per module, the chart, image and deploy settings; the lock, smoke and load tests (JSON)')
    .argument('<manifest>', 'the decided manifest')
    .option(...CONFIG_OPTION)
    .action(async (manifest: string, options: { config?: string }) => {
      const outcome = await planManifestDeploy(configSource(io, options.config), fileSource(io, manifest));
      if (isFailure(outcome)) return done(reportFailure(io, outcome));
      io.out(jsonDocument(outcome.value));
      done(EXIT_OK);
    });
}
