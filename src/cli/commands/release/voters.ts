import { listVoters } from '../../../app/release-queries.js';
import { votersToJson } from '../../../train/render-json.js';
import { renderVotersText } from '../../../train/render-text.js';
import type { CliIo } from '../../io.js';
import { EXIT_OK } from '../../io.js';
import { printJson } from '../../json-output.js';
import { oneOf, resolveConfig } from '../../options.js';
import { answerOf, fileSource, parseNow } from './common.js';
import { FORMATS } from '../../declare/release/voters.js';
import type { ReleaseVotersOptions } from '../../declare/release/voters.js';

/** `gatehouse release voters`, declared in ../../declare/release/voters.ts. */
export async function runReleaseVoters(io: CliIo, done: (code: number) => void, manifest: string, options: ReleaseVotersOptions): Promise<void> {
  const format = oneOf('--format', options.format, FORMATS);
  const now = parseNow(options.now);
  const config = await resolveConfig(io, options.config);
  const { value } = answerOf(await listVoters(config, fileSource(io, manifest), now), config);
  if (format === 'json') printJson(io, votersToJson(value.manifest, value.ballots, value.secondsToClose));
  else io.out(renderVotersText(value.manifest, value.ballots, value.secondsToClose));
  done(EXIT_OK);
}
