// One file written atomically outside the writer's sync of the output directory (modules.yaml,
// a file named by --out): a sibling temp file renamed over the target, so readers never see half
// a file.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { GeneratedFile } from '../emit/types.js';

export async function writeFileAtomic(root: string, file: GeneratedFile): Promise<void> {
  const target = join(root, file.path);
  await mkdir(dirname(target), { recursive: true });
  // Not derived from the target's name, so a name near the length limit still gets a temp file.
  const temp = join(dirname(target), `.gatehouse-${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, file.content, { encoding: 'utf8', flag: 'wx' });
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
