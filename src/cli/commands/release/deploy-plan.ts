import { planManifestDeploy } from '../../../app/release-queries.js';
import type { CliIo } from '../../io.js';
import { EXIT_OK } from '../../io.js';
import { printJson } from '../../json-output.js';
import { oneOf, resolveConfig } from '../../options.js';
import { answerOf, fileSource } from './common.js';
import { FORMATS } from '../../declare/release/deploy-plan.js';
import type { ReleaseDeployPlanOptions } from '../../declare/release/deploy-plan.js';

/** A plan for a program to read: JSON only. */

/** `gatehouse release deploy-plan`, declared in ../../declare/release/deploy-plan.ts. */
export async function runReleaseDeployPlan(io: CliIo, done: (code: number) => void, manifest: string, options: ReleaseDeployPlanOptions): Promise<void> {
  oneOf('--format', options.format, FORMATS);
  const config = await resolveConfig(io, options.config);
  printJson(io, answerOf(await planManifestDeploy(config, fileSource(io, manifest)), config).value);
  done(EXIT_OK);
}
