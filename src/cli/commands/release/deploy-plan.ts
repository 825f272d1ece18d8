import type { Command } from 'commander';
import { planManifestDeploy } from '../../../app/release-queries.js';
import type { CliIo } from '../../io.js';
import { EXIT_OK } from '../../io.js';
import { printJson } from '../../json-output.js';
import { CONFIG_OPTION, formatOption, oneOf, resolveConfig } from '../../options.js';
import { answerOf, fileSource } from './common.js';

/** A plan for a program to read: JSON only. */
const FORMATS = ['json'] as const;

export function registerReleaseDeployPlan(release: Command, io: CliIo, done: (code: number) => void): void {
  release
    .command('deploy-plan')
    .description('for a train decided GO: per wave, per module, the chart, image and deploy settings; the lock, smoke and load tests')
    .argument('<manifest>', 'the decided manifest')
    .option(...CONFIG_OPTION)
    .option(...formatOption(FORMATS))
    .action(async (manifest: string, options: { config?: string; format: string }) => {
      oneOf('--format', options.format, FORMATS);
      const config = await resolveConfig(io, options.config);
      printJson(io, answerOf(await planManifestDeploy(config, fileSource(io, manifest)), config).value);
      done(EXIT_OK);
    });
}
