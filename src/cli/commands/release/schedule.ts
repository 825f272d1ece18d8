import { listSchedule } from '../../../app/release-queries.js';
import { scheduleToJson, upcomingToJson } from '../../../train/render-json.js';
import { renderScheduleText } from '../../../train/render-text.js';
import type { CliIo } from '../../io.js';
import { EXIT_OK, UsageError } from '../../io.js';
import { printJson } from '../../json-output.js';
import { oneOf, resolveConfig } from '../../options.js';
import { answerOf, parseNow } from './common.js';
import { FORMATS } from '../../declare/release/schedule.js';
import type { ReleaseScheduleOptions } from '../../declare/release/schedule.js';

/** `gatehouse release schedule`, declared in ../../declare/release/schedule.ts. */
export async function runReleaseSchedule(io: CliIo, done: (code: number) => void, options: ReleaseScheduleOptions): Promise<void> {
  const format = oneOf('--format', options.format, FORMATS);
  const count = Number(options.count);
  if (!/^\d+$/.test(options.count) || count < 1 || count > 100) throw new UsageError(`--count must be a whole number from 1 to 100 (got "${options.count}")`);
  const now = parseNow(options.now);
  const config = await resolveConfig(io, options.config);
  const { value } = answerOf(await listSchedule(config, count, now), config);
  if (format === 'json') printJson(io, { ...scheduleToJson(value.schedule), upcoming: upcomingToJson(value.upcoming) });
  else io.out(renderScheduleText(value.schedule, value.upcoming));
  done(EXIT_OK);
}
