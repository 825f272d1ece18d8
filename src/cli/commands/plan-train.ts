// `gatehouse plan --train [MODULES] [--candidates FILE]`: what the release train would do.
import { planTrainFor } from '../../app/release-queries.js';
import type { TrainPlanRequest } from '../../app/release-queries.js';
import { trainPlanToJson } from '../../train/render-json.js';
import { renderTrainPlanText } from '../../train/render-text.js';
import type { CliIo } from '../io.js';
import { EXIT_OK, UsageError } from '../io.js';
import { resolveConfig } from '../options.js';
import { printJson } from '../json-output.js';
import { answerOf, fileSource, parseModuleList } from './release/common.js';

export interface TrainPlanOptions {
  /** `true` for a bare --train, the module list otherwise. */
  train?: string | true;
  candidates?: string;
  config?: string;
  module?: string;
  all?: boolean;
  branch?: string;
}

/** Whether the options ask for the train; --candidates alone is a usage error. */
export function wantsTrainPlan(options: TrainPlanOptions): boolean {
  if (options.train === undefined) {
    if (options.candidates !== undefined) throw new UsageError('--candidates plans a train: add --train');
    return false;
  }
  if (options.module !== undefined || options.all !== undefined || options.branch !== undefined) {
    throw new UsageError('--train plans the release train: leave out --module, --all and --branch (name modules as --train a,b)');
  }
  return true;
}

export async function runTrainPlan(io: CliIo, options: TrainPlanOptions, format: 'text' | 'json'): Promise<number> {
  const modules = typeof options.train === 'string' ? parseModuleList('--train', options.train) : undefined;
  const config = await resolveConfig(io, options.config);
  const request: TrainPlanRequest = { config, ...(modules ? { modules } : {}), ...(options.candidates === undefined ? {} : { candidates: fileSource(io, options.candidates) }) };
  const { value } = answerOf(await planTrainFor(request), config);
  if (format === 'json') printJson(io, trainPlanToJson(value));
  else io.out(renderTrainPlanText(value));
  return EXIT_OK;
}
