import { listVoters } from '../../../app/release-queries.js';
import { manifestToJson } from '../../../train/render-json.js';
import { renderSlackSummary } from '../../../train/render-slack.js';
import { renderManifestText } from '../../../train/render-text.js';
import type { CliIo } from '../../io.js';
import { EXIT_OK } from '../../io.js';
import { printJson } from '../../json-output.js';
import { oneOf, resolveConfig } from '../../options.js';
import { answerOf, fileSource } from './common.js';
import { FORMATS } from '../../declare/release/show.js';
import type { ReleaseShowOptions } from '../../declare/release/show.js';

/** `gatehouse release show`, declared in ../../declare/release/show.ts. */
export async function runReleaseShow(io: CliIo, done: (code: number) => void, manifest: string, options: ReleaseShowOptions): Promise<void> {
  const format = oneOf('--format', options.format, FORMATS);
  const config = await resolveConfig(io, options.config);
  const { value } = answerOf(await listVoters(config, fileSource(io, manifest), new Date()), config);
  if (format === 'json') printJson(io, manifestToJson(value.manifest));
  else io.out(format === 'slack' ? renderSlackSummary(value.manifest, value.ballots) : renderManifestText(value.manifest));
  done(EXIT_OK);
}
