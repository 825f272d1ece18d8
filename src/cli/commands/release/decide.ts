import { decideRelease } from '../../../app/release-manifest.js';
import { manifestToJson } from '../../../train/render-json.js';
import { renderManifestText } from '../../../train/render-text.js';
import type { CliIo } from '../../io.js';
import { EXIT_OK } from '../../io.js';
import { printJson } from '../../json-output.js';
import { oneOf, resolveConfig } from '../../options.js';
import { answerOf, fileSource, jsonDocument, writeOut } from './common.js';
import { FORMATS } from '../../declare/release/decide.js';
import type { DecideOptions } from '../../declare/release/decide.js';

/** `gatehouse release decide`, declared in ../../declare/release/decide.ts. */
export async function runReleaseDecide(io: CliIo, done: (code: number) => void, manifest: string, options: DecideOptions): Promise<void> {
  const format = oneOf('--format', options.format, FORMATS);
  const config = await resolveConfig(io, options.config);
  const { value } = answerOf(await decideRelease({ config, manifest: fileSource(io, manifest), votes: fileSource(io, options.votes) }), config);
  await writeOut(io, options.out, jsonDocument(manifestToJson(value)));
  if (format === 'json') printJson(io, manifestToJson(value));
  else io.out(renderManifestText(value));
  done(EXIT_OK);
}
