// The one merge rule: mappings merge key by key; lists and scalars replace.
import { expect } from 'chai';
import fc from 'fast-check';
import { mergeShared, mergeValues } from '../../src/model/merge.js';
import { propertyParameters, propertyRuns } from '../property-runs.js';

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

  it('keeps a key named __proto__ as data (an env var may be called that), never as the prototype', () => {
    const override = JSON.parse('{"env": {"__proto__": "x", "B": "y"}}') as unknown;
    const merged = mergeValues({ env: { A: 'a' } }, override);
    expect(Object.keys(merged.env)).to.deep.equal(['A', '__proto__', 'B']);
    expect(Object.getOwnPropertyDescriptor(merged.env, '__proto__')?.value).to.equal('x');
    expect(Object.getPrototypeOf(merged.env)).to.equal(Object.prototype);
  });

  it('gives what the first implementation gave, key order included, sharing no objects (property)', () => {
    // Keys that collide often, integer-like keys (which objects order first) and names of
    // Object.prototype's members, which a merge must not take for the base's own keys.
    const key = fc.constantFrom('a', 'b', 'c', '0', '1', '10', 'toString', 'constructor', 'valueOf');
    const { value } = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.oneof(fc.integer(), fc.string({ maxLength: 3 }), fc.boolean(), fc.constant(undefined)),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(key, tie('value'), { maxKeys: 5 }),
      ),
    }));
    fc.assert(
      fc.property(value, value, (base, override) => {
        const before = shape([base, override]);
        const merged = mergeValues(base, override);
        expect(shape(merged)).to.deep.equal(shape(firstMergeValues(base, override)));
        const inputs = objectsIn(base, objectsIn(override, new Set()));
        expect([...objectsIn(merged, new Set())].some((object) => inputs.has(object))).to.equal(false);
        // The sharing merge (for readers only) has the same keys and values (an object it keeps
        // keeps its prototype) and modifies nothing either.
        expect(shape(mergeShared(base, override), false)).to.deep.equal(shape(merged, false));
        expect(shape([base, override])).to.deep.equal(before);
      }),
      propertyParameters(propertyRuns()),
    );
  });
});

/** The value with every object's keys in their order (and whether it is a plain object), so deep equality sees them. */
function shape(value: unknown, withPrototype = true): unknown {
  if (Array.isArray(value)) return { list: value.map((item: unknown) => shape(item, withPrototype)) };
  if (typeof value !== 'object' || value === null) return { scalar: value, type: typeof value };
  const keys = Object.keys(value).map((k) => [k, shape((value as Record<string, unknown>)[k], withPrototype)]);
  return withPrototype ? { keys, plain: Object.getPrototypeOf(value) === Object.prototype } : { keys };
}

function objectsIn(value: unknown, found: Set<object>): Set<object> {
  if (typeof value !== 'object' || value === null) return found;
  found.add(value);
  for (const child of Object.values(value)) objectsIn(child, found);
  return found;
}

// The implementation merge.ts replaced (Object.entries, a whole copy of the base, then every
// override key assigned), kept as the reference for the property above.
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstMergeValues<T>(base: T, override: unknown): T {
  if (override === undefined) return firstCopy(base);
  if (!isPlainObject(base) || !isPlainObject(override)) return firstCopy(override) as T;
  const merged: Record<string, unknown> = firstCopy(base);
  for (const [key, value] of Object.entries(override)) {
    if (value !== undefined) merged[key] = firstMergeValues(merged[key], value);
  }
  return merged as T;
}

function firstCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => firstCopy(item)) as T;
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, firstCopy(v)])) as T;
  return value;
}
