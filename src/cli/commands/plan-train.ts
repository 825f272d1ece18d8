// `gatehouse plan --train [MODULES] [--candidates FILE]`: what the release train would do.
import { isFailure } from '../../app/release-files.js';
import { planTrainFor } from '../../app/release-queries.js';
import type { TrainPlanRequest } from '../../app/release-queries.js';
import { trainPlanToJson } from '../../train/render-json.js';
import { renderTrainPlanText } from '../../train/render-text.js';
import type { CliIo } from '../io.js';
import { EXIT_OK, UsageError } from '../io.js';
import { configSource } from '../options.js';
import { fileSource, jsonDocument, parseModuleList, reportFailure } from './release/common.js';

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
  const request: TrainPlanRequest = { config: configSource(io, options.config) };
  if (typeof options.train === 'string') request.modules = parseModuleList('--train', options.train);
  if (options.candidates !== undefined) request.candidates = fileSource(io, options.candidates);
  const outcome = await planTrainFor(request);
  if (isFailure(outcome)) return reportFailure(io, outcome);
  io.out(format === 'json' ? jsonDocument(trainPlanToJson(outcome.value)) : renderTrainPlanText(outcome.value));
  return EXIT_OK;
}
