import type { Command } from 'commander';
import { isFailure } from '../../../app/release-files.js';
import { decideRelease } from '../../../app/release-manifest.js';
import { manifestToJson } from '../../../train/render-json.js';
import { renderManifestText } from '../../../train/render-text.js';
import type { CliIo } from '../../io.js';
import { EXIT_OK } from '../../io.js';
import { CONFIG_OPTION, configSource, formatOption, oneOf } from '../../options.js';
import { fileSource, jsonDocument, reportFailure, writeOut } from './common.js';

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
      const outcome = await decideRelease({ config: configSource(io, options.config), manifest: fileSource(io, manifest), votes: fileSource(io, options.votes) });
      if (isFailure(outcome)) return done(reportFailure(io, outcome));
      const json = jsonDocument(manifestToJson(outcome.value));
      await writeOut(io, options.out, json);
      io.out(format === 'json' ? json : renderManifestText(outcome.value));
      done(EXIT_OK);
    });
}
