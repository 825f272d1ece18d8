import { answerReleaseDay } from '../../../app/release-queries.js';
import { releaseDayToJson } from '../../../train/render-json.js';
import { renderReleaseDayText } from '../../../train/render-text.js';
import type { CliIo } from '../../io.js';
import { EXIT_OK } from '../../io.js';
import { printJson } from '../../json-output.js';
import { oneOf, resolveConfig } from '../../options.js';
import { answerOf, parseDate, parseNow } from './common.js';
import { FORMATS } from '../../declare/release/day.js';
import type { ReleaseDayOptions } from '../../declare/release/day.js';

/** `gatehouse release day`, declared in ../../declare/release/day.ts. */
export async function runReleaseDay(io: CliIo, done: (code: number) => void, options: ReleaseDayOptions): Promise<void> {
  const format = oneOf('--format', options.format, FORMATS);
  const date = parseDate('--date', options.date);
  const now = parseNow(options.now);
  const config = await resolveConfig(io, options.config);
  const { value } = answerOf(await answerReleaseDay(config, date, now), config);
  if (format === 'json') printJson(io, releaseDayToJson(value));
  else io.out(renderReleaseDayText(value));
  done(EXIT_OK);
}
