// A project directory for tests of whole runs: the small fixture (or a given text) as
// modules.yaml, generated once into generated/, and a function that runs generate or check on it.
import { expect } from 'chai';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GenerateRequest } from '../../src/app/generate.js';
import { generateOutput } from '../../src/app/generate.js';
import { SMALL_CONFIG } from '../emit/jenkinsfile/support.js';
import { makeTempDir } from './temp-dir.js';

export async function generatedProject(configText?: string) {
  const dir = await makeTempDir();
  const config = join(dir, 'modules.yaml');
  await writeFile(config, configText ?? (await readFile(SMALL_CONFIG, 'utf8')));
  const request = (mode: GenerateRequest['mode'], extra: Partial<GenerateRequest> = {}) => generateOutput({ config: { path: config, displayName: 'modules.yaml' }, mode, ...extra });
  const first = await request('write');
  expect(first.output?.refusals).to.deep.equal([]);
  return { dir, config, out: join(dir, 'generated'), request };
}

/** [path, status] of each file a check reported, in its order. */
export function reportedStatuses(check: Awaited<ReturnType<typeof generateOutput>>): [string, string][] | undefined {
  return check.output?.report?.files.map((file) => [file.path, file.status]);
}
