import { planReleaseManifest } from '../../../app/release-manifest.js';
import type { ManifestRequest } from '../../../app/release-manifest.js';
import { manifestToJson } from '../../../train/render-json.js';
import { renderManifestText } from '../../../train/render-text.js';
import type { CliIo } from '../../io.js';
import { EXIT_OK, UsageError } from '../../io.js';
import { printJson } from '../../json-output.js';
import { oneOf, resolveConfig } from '../../options.js';
import { answerOf, fileSource, jsonDocument, parseDate, parseModuleList, parseNow, reportWarnings, writeOut } from './common.js';
import { FORMATS } from '../../declare/release/manifest.js';
import type { ManifestOptions } from '../../declare/release/manifest.js';

/** `gatehouse release manifest`, declared in ../../declare/release/manifest.ts. */
export async function runReleaseManifest(io: CliIo, done: (code: number) => void, options: ManifestOptions): Promise<void> {
  const format = oneOf('--format', options.format, FORMATS);
  const request = requestOf(io, options);
  const config = await resolveConfig(io, options.config);
  const { value, warnings } = answerOf(await planReleaseManifest({ ...request, config }), config);
  reportWarnings(io, warnings, format);
  await writeOut(io, options.out, jsonDocument(manifestToJson(value)));
  if (format === 'json') printJson(io, manifestToJson(value));
  else io.out(renderManifestText(value));
  done(EXIT_OK);
}

/** Everything but the config, checked before any file is read. */
function requestOf(io: CliIo, options: ManifestOptions): Omit<ManifestRequest, 'config'> {
  if ((options.candidates === undefined) === (options.manifest === undefined)) throw new UsageError('give exactly one of --candidates FILE and --manifest FILE');
  const fromManifest = options.manifest !== undefined;
  if (fromManifest && [options.trainId, options.date, options.hotfix, options.buildUrl].some((v) => v !== undefined)) {
    throw new UsageError('--train-id, --date, --hotfix and --build-url plan a new train: use them with --candidates, not --manifest');
  }
  if ((options.hotfix === undefined) !== (options.reason === undefined)) throw new UsageError('a hotfix needs both --hotfix MODULES and --reason TEXT');
  const request: Omit<ManifestRequest, 'config'> = {
    input: options.manifest !== undefined ? { manifest: fileSource(io, options.manifest) } : { candidates: fileSource(io, options.candidates ?? '') },
    drops: options.drop.map(parseDrop),
    now: parseNow(options.now),
  };
  const date = parseDate('--date', options.date);
  if (date !== undefined) request.date = date;
  if (options.trainId !== undefined) request.trainId = parseTrainId(options.trainId);
  if (options.hotfix !== undefined) request.hotfix = { modules: parseModuleList('--hotfix', options.hotfix), reason: options.reason ?? '' };
  if (options.buildUrl !== undefined) request.buildUrl = options.buildUrl;
  return request;
}

/** `editor=fails the regression suite`: the module, then the reason after the first `=`. */
function parseDrop(value: string): { module: string; reason: string } {
  const at = value.indexOf('=');
  const module = at < 0 ? '' : value.slice(0, at).trim();
  const reason = at < 0 ? '' : value.slice(at + 1).trim();
  if (module === '' || reason === '') throw new UsageError(`--drop takes MODULE=REASON, e.g. --drop 'editor=fails the regression suite' (got "${value}")`);
  return { module, reason };
}

function parseTrainId(value: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(value)) throw new UsageError(`--train-id must be letters, digits, '.', '_' and '-', at most 100 (got "${value}")`);
  return value;
}
