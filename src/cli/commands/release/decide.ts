import type { Command } from 'commander';
import { decideRelease } from '../../../app/release-manifest.js';
import { manifestToJson } from '../../../train/render-json.js';
import { renderManifestText } from '../../../train/render-text.js';
import type { CliIo } from '../../io.js';
import { EXIT_OK } from '../../io.js';
import { printJson } from '../../json-output.js';
import { CONFIG_OPTION, formatOption, oneOf, resolveConfig } from '../../options.js';
import { answerOf, fileSource, jsonDocument, writeOut } from './common.js';

const FORMATS = ['text', 'json'] as const;

interface DecideOptions {
  votes: string;
  out?: string;
  config?: string;
  format: string;
}

export function registerReleaseDecide(release: Command, io: CliIo, done: (code: number) => void): void {
  release
    .command('decide')
    .description('apply the go/no-go votes to a manifest: cancel the train, or drop the modules voted out (and their dependents)')
    .argument('<manifest>', 'the manifest written before the vote')
    .requiredOption('--votes <file>', 'the votes cast before the vote closed (release-votes.schema.json)')
    .option('--out <file>', 'also write the decided manifest JSON to this file')
    .option(...CONFIG_OPTION)
    .option(...formatOption(FORMATS))
    .action(async (manifest: string, options: DecideOptions) => {
      const format = oneOf('--format', options.format, FORMATS);
      const config = await resolveConfig(io, options.config);
      const { value } = answerOf(await decideRelease({ config, manifest: fileSource(io, manifest), votes: fileSource(io, options.votes) }), config);
      await writeOut(io, options.out, jsonDocument(manifestToJson(value)));
      if (format === 'json') printJson(io, manifestToJson(value));
      else io.out(renderManifestText(value));
      done(EXIT_OK);
    });
}
