// One file the user asked for by name (`--out FILE`): written atomically, so a pipeline that
// reads it never sees half a manifest. Unlike generated/, the file is the user's to name and the
// command's to replace.
import { basename, dirname, resolve } from 'node:path';
import { writeFileAtomic } from './write-atomic.js';

export async function writeOutputFile(path: string, content: string): Promise<void> {
  const target = resolve(path);
  await writeFileAtomic(dirname(target), { path: basename(target), content });
}
