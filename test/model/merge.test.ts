// The one merge rule: mappings merge key by key; lists and scalars replace.
import { expect } from 'chai';
import { mergeValues } from '../../src/model/merge.js';

describe('model: merge rule', () => {
  const cases: [name: string, base: unknown, override: unknown, want: unknown][] = [
    ['an absent override keeps the base', { a: 1 }, undefined, { a: 1 }],
    ['mappings merge key by key', { a: 1, b: 2 }, { b: 3, c: 4 }, { a: 1, b: 3, c: 4 }],
    ['nested mappings merge at every depth', { chart: { port: 1, probes: { liveness: { path: '/a', periodSeconds: 5 } } } }, { chart: { probes: { liveness: { path: '/b' } } } }, { chart: { port: 1, probes: { liveness: { path: '/b', periodSeconds: 5 } } } }],
    ['lists replace, never append', { allow: ['x', 'y'] }, { allow: ['z'] }, { allow: ['z'] }],
    ['an empty list replaces too', { dependsOn: ['a'] }, { dependsOn: [] }, { dependsOn: [] }],
    ['scalars replace', { enabled: true }, { enabled: false }, { enabled: false }],
    ['a mapping replaces a scalar', { a: 1 }, { a: { b: 2 } }, { a: { b: 2 } }],
    ['a scalar replaces a mapping', { a: { b: 2 } }, { a: 1 }, { a: 1 }],
    ['a key whose override value is undefined keeps the base', { a: 1 }, { a: undefined }, { a: 1 }],
  ];
  for (const [name, base, override, want] of cases) {
    it(name, () => expect(mergeValues(base, override)).to.deep.equal(want));
  }

  it('modifies neither input and shares no objects with them', () => {
    const base = { chart: { resources: { limits: { cpu: '1' } } }, list: [{ a: 1 }] };
    const override = { chart: { resources: { limits: { memory: '1Gi' } } } };
    const merged = mergeValues(base, override);
    merged.chart.resources.limits.cpu = '2';
    (merged.list[0] as { a: number }).a = 9;
    expect(base).to.deep.equal({ chart: { resources: { limits: { cpu: '1' } } }, list: [{ a: 1 }] });
    expect(override).to.deep.equal({ chart: { resources: { limits: { memory: '1Gi' } } } });
  });
});
