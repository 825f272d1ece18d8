import { expect } from 'chai';
import { canonical, diffSettings } from '../../src/diff/settings.js';

describe('diff: settings trees', () => {
  const cases: { name: string; before: unknown; after: unknown; want: unknown[] }[] = [
    { name: 'equal trees, keys in another order', before: { a: 1, b: { c: 2, d: 3 } }, after: { b: { d: 3, c: 2 }, a: 1 }, want: [] },
    { name: 'a nested value', before: { chart: { port: 8080 } }, after: { chart: { port: 9000 } }, want: [{ setting: 'chart.port', before: 8080, after: 9000 }] },
    {
      name: 'a key set and a key removed, in key order',
      before: { b: 1, c: { x: 1 } },
      after: { a: 'new', c: { x: 1 } },
      want: [
        { setting: 'a', before: null, after: 'new' },
        { setting: 'b', before: 1, after: null },
      ],
    },
    { name: 'a list of plain values is one value', before: { days: ['mon', 'tue'] }, after: { days: ['mon'] }, want: [{ setting: 'days', before: ['mon', 'tue'], after: ['mon'] }] },
    {
      name: 'a list of named things is compared by name',
      before: { envs: [{ name: 'a', ns: 'a' }, { name: 'b', ns: 'b' }] },
      after: { envs: [{ name: 'a', ns: 'a2' }, { name: 'b', ns: 'b' }, { name: 'c', ns: 'c' }] },
      want: [
        { setting: 'envs.a.ns', before: 'a', after: 'a2' },
        { setting: 'envs.c', before: null, after: { ns: 'c' } },
      ],
    },
    {
      name: 'a list of things with ids, starting empty',
      before: { allow: [] },
      after: { allow: [{ id: 'CVE-1', expires: '2027-01-01' }] },
      want: [{ setting: 'allow.CVE-1', before: null, after: { expires: '2027-01-01' } }],
    },
    {
      name: 'named things in another order',
      before: { envs: [{ name: 'a' }, { name: 'b' }] },
      after: { envs: [{ name: 'b' }, { name: 'a' }] },
      want: [{ setting: 'envs (order)', before: ['a', 'b'], after: ['b', 'a'] }],
    },
    { name: 'undefined properties are not settings', before: { a: undefined, b: 1 }, after: { b: 1 }, want: [] },
  ];
  for (const c of cases) it(c.name, () => expect(diffSettings(c.before, c.after)).to.deep.equal(c.want));

  it('canonical text ignores key order and undefined properties, and nothing else', () => {
    expect(canonical({ b: [1, { y: 2, x: 1 }], a: 'a', u: undefined })).to.equal(canonical({ a: 'a', b: [1, { x: 1, y: 2 }] }));
    expect(canonical([1, 2])).not.to.equal(canonical([2, 1]));
    expect(canonical({ a: '1' })).not.to.equal(canonical({ a: 1 }));
  });
});
