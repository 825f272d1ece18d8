// The benchmark's write floor: what writing a generated tree costs a Node.js process that renders
// nothing. It writes a list of paths and sizes (taken from a generated tree) the way gatehouse's
// writer does (src/output/apply-sync.ts: every file staged flat in one directory, then each
// renamed onto its target and `lstat`ed for the stat cache), or in place, the way a writer
// without crash safety would. `cp -r` is the floor of copying the tree; these rows show how much
// of that floor, and of generate's time, Node.js and crash safety take before any rendering.
//
//   node dist/bench/write-floor.js <list.json> <out dir> staged|in-place
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type FloorMode = 'staged' | 'in-place';

/** A file of the tree: its path relative to the output dir, and its size in bytes. */
export type ListedFile = [path: string, size: number];

/** Every file under `root` (recursively, plain files only) but those under `skipDir`, in listing order. */
export function listFiles(root: string, skipDir: string): ListedFile[] {
  const skipped = join(root, skipDir);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.parentPath !== skipped && !entry.parentPath.startsWith(`${skipped}/`))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [path.slice(root.length + 1), lstatSync(path).size];
    });
}

/** Writes files of the listed sizes at the listed paths under `out` (which must not hold them yet). */
export function writeFloor(files: readonly ListedFile[], out: string, mode: FloorMode): void {
  // The bytes do not matter to the kernel's cost, only their number: one buffer serves every file.
  const bytes = Buffer.alloc(files.reduce((largest, [, size]) => Math.max(largest, size), 0), 'x');
  const made = new Set<string>();
  const place = (path: string) => {
    const target = `${out}/${path}`;
    const dir = target.slice(0, target.lastIndexOf('/'));
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    return target;
  };
  if (mode === 'in-place') {
    for (const [path, size] of files) writeFileSync(place(path), bytes.subarray(0, size), { flag: 'wx' });
    return;
  }
  const staging = `${out}/.staging/`;
  mkdirSync(staging, { recursive: true });
  files.forEach(([, size], index) => writeFileSync(staging + String(index + 1), bytes.subarray(0, size), { flag: 'wx' }));
  files.forEach(([path], index) => {
    const target = place(path);
    renameSync(staging + String(index + 1), target);
    lstatSync(target);
  });
  rmdirSync(staging);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [list, out, mode] = process.argv.slice(2);
  if (list === undefined || out === undefined || (mode !== 'staged' && mode !== 'in-place')) {
    process.stderr.write('usage: write-floor.js <list.json> <out dir> staged|in-place\n');
    process.exit(2);
  }
  writeFloor(JSON.parse(readFileSync(list, 'utf8')) as ListedFile[], out, mode);
}
