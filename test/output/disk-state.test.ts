// OutputDisk reads files into one reused buffer of 64 KB and larger ones into a buffer of their
// own: whatever the sizes, and in whatever order files are read, every read, compare and digest
// must see exactly the bytes on disk, and bytes it hands out must not change with later reads.
import { expect } from 'chai';
import { createHash, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { OutputDisk } from '../../src/output/disk-state.js';
import { makeTempDir, removeTempDirs } from './temp-dir.js';

const REUSED = 1 << 16;
/** Sizes around the reused buffer's and twice it, where reading switches or grows buffers. */
const SIZES = [0, 1, REUSED - 1, REUSED, REUSED + 1, 2 * REUSED, 2 * REUSED + 1, 5 * REUSED + 7];

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('output writer: disk state', () => {
  let dir: string;
  const contents = SIZES.map((size) => randomBytes(size));

  before(async () => {
    dir = await makeTempDir();
    contents.forEach((bytes, index) => writeFileSync(join(dir, `f${index}`), bytes));
  });
  after(removeTempDirs);

  it('reads, compares and hashes files of every size exactly, in any order, without handed-out bytes changing', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(SIZES.length - 1), fc.constantFrom('read', 'compare', 'differs', 'digest')), { minLength: 1, maxLength: 20 }), (calls) => {
        const disk = new OutputDisk(dir);
        const handedOut: [Buffer, Buffer][] = [];
        for (const [index, call] of calls) {
          const expected = contents[index] as Buffer;
          const path = `f${index}`;
          if (call === 'read') {
            const file = disk.read(path);
            if (file.state !== 'file') throw new Error(`${path} not read: ${file.state}`);
            handedOut.push([file.bytes, expected]);
          } else if (call === 'compare') {
            expect(disk.compare(path, expected).state).to.equal('same');
          } else if (call === 'differs') {
            const file = disk.compare(path, Buffer.concat([expected, Buffer.from('x')]));
            if (file.state !== 'file') throw new Error(`${path} compared as ${file.state}`);
            handedOut.push([file.bytes, expected]);
          } else {
            expect(disk.digest(path)).to.deep.equal({ state: 'file', sha256: sha256(expected) });
          }
        }
        for (const [bytes, expected] of handedOut) expect(bytes.equals(expected)).to.equal(true);
      }),
      { numRuns: 60 },
    );
  });
});
