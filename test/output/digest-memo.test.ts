// The memo must give exactly what encoding and hashing every file afresh gives, whatever the order
// of units, names and contents, and however the caller reuses the buffer it passed in.
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { DigestMemo } from '../../src/output/digest-memo.js';

const fresh = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** Few units, names and texts, so that repeats (the case the memo is for) are common. */
const calls = fc.array(
  fc.record({
    unit: fc.constantFrom('', 'modules/a', 'modules/b', 'modules/a/nested'),
    name: fc.constantFrom('Jenkinsfile', 'chart/values.yaml', 'chart/templates/hpa.yaml'),
    text: fc.constantFrom('', 'a: 1\n', 'a: 2\n', 'é ✓ \u{1F600}\n', 'a: 1\n'.repeat(100)),
    fromDisk: fc.boolean(),
  }),
  { maxLength: 40 },
);

describe('output writer: digest memo', () => {
  it('encodes and hashes every text and every file read exactly as doing it afresh would', () => {
    fc.assert(
      fc.property(calls, (list) => {
        const memo = new DigestMemo();
        const scratch = Buffer.alloc(1024);
        for (const { unit, name, text, fromDisk } of list) {
          const path = unit === '' ? name : `${unit}/${name}`;
          const expected = Buffer.from(text, 'utf8');
          if (fromDisk) {
            // Like OutputDisk: a view of a reused buffer, overwritten right after the call.
            const length = expected.copy(scratch);
            expect(memo.digest(unit, path, scratch.subarray(0, length))).to.equal(fresh(expected));
            scratch.fill(0x78);
          } else {
            const encoded = memo.encode(unit, path, text);
            expect(encoded.bytes.equals(expected)).to.equal(true);
            expect(encoded.sha256).to.equal(fresh(text));
          }
        }
      }),
    );
  });

  it('hands back the same bytes for the same text of the same name, and new ones for another text', () => {
    const memo = new DigestMemo();
    const first = memo.encode('modules/a', 'modules/a/chart/hpa.yaml', 'kind: HPA\n');
    expect(memo.encode('modules/b', 'modules/b/chart/hpa.yaml', 'kind: HPA\n')).to.equal(first);
    expect(memo.encode('modules/c', 'modules/c/chart/hpa.yaml', 'kind: Hpa\n').sha256).to.equal(fresh('kind: Hpa\n'));
  });
});
