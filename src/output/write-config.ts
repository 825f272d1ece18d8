// The one place gatehouse writes modules.yaml: `release prepare` sets a module's version there
// (src/config/edit-version.ts keeps every other byte), atomically.
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { setModuleVersion } from '../config/edit-version.js';
import { writeFileAtomic } from './write-atomic.js';

export async function writeModuleVersion(configPath: string, module: string, version: string): Promise<void> {
  const text = await readFile(configPath, 'utf8');
  const updated = setModuleVersion(text, module, version);
  if (updated !== text) await writeFileAtomic(dirname(configPath), { path: basename(configPath), content: updated });
}
