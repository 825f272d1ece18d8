import { planManifestRollback } from '../../../app/release-queries.js';
import { renderRollbackText } from '../../../train/render-text.js';
import type { CliIo } from '../../io.js';
import { EXIT_OK } from '../../io.js';
import { printJson } from '../../json-output.js';
import { oneOf } from '../../options.js';
import { answerOf, fileSource, parseModuleList } from './common.js';
import { FORMATS } from '../../declare/release/rollback-plan.js';
import type { ReleaseRollbackPlanOptions } from '../../declare/release/rollback-plan.js';

/** `gatehouse release rollback-plan`, declared in ../../declare/release/rollback-plan.ts. */
export async function runReleaseRollbackPlan(io: CliIo, done: (code: number) => void, manifest: string, options: ReleaseRollbackPlanOptions): Promise<void> {
  const format = oneOf('--format', options.format, FORMATS);
  const deployed = options.deployed === undefined ? undefined : parseDeployed(options.deployed);
  const { value } = answerOf(await planManifestRollback(fileSource(io, manifest), deployed));
  if (format === 'json') printJson(io, value);
  else io.out(renderRollbackText(value));
  done(EXIT_OK);
}

/** An empty list is a real answer: nothing was deployed yet, so nothing rolls back. */
function parseDeployed(value: string): string[] {
  return value.trim() === '' ? [] : parseModuleList('--deployed', value);
}
