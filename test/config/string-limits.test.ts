// Every string modules.yaml can hold has a maxLength, and the limits keep every constant of the
// emitted Groovy under the class file's 65,535-byte limit for a string constant (modified UTF-8:
// up to 3 bytes per UTF-16 unit, so 6 per code point outside the BMP, which is what maxLength
// counts). The compile test in test/pipelines/longest-strings.test.ts proves it with Groovy 2.4.
import { expect } from 'chai';
import { allSubschemas, MAX_BYTES_PER_CODE_POINT, MAX_CONSTANT_BYTES } from './schema-walk.js';
import { SCHEMA } from './helpers.js';

type Node = Record<string, unknown>;

/** String schemas: typed string, or property-name schemas (names are always strings). */
function stringSchemas(): [string, Node][] {
  return allSubschemas(SCHEMA).filter(([at, node]) => node['type'] === 'string' || at.endsWith('/propertyNames'));
}

describe('config: every string in modules.yaml is bounded', () => {
  it('gives every string property, list item and property name a maxLength (enums are bounded already)', () => {
    const unbounded = stringSchemas()
      .filter(([, node]) => node['enum'] === undefined && node['const'] === undefined)
      .filter(([, node]) => typeof node['maxLength'] !== 'number')
      .map(([at]) => at);
    expect(unbounded, 'add a maxLength to these (see docs/modules-yaml.md#string-limits)').to.deep.equal([]);
  });

  it('keeps each string, even in its worst characters, under the constant limit with room for another', () => {
    const tooLong = stringSchemas()
      .filter(([, node]) => Number(node['maxLength']) * MAX_BYTES_PER_CODE_POINT > MAX_CONSTANT_BYTES / 2)
      .map(([at, node]) => `${at}: ${String(node['maxLength'])}`);
    expect(tooLong).to.deep.equal([]);
  });

  it('bounds the lists that are joined into one constant (approval submitters)', () => {
    const submitters = allSubschemas(SCHEMA).find(([at]) => at === '#/$defs/approverRole/properties/submitters')?.[1] ?? {};
    const item = submitters['items'] as Node;
    const joined = Number(submitters['maxItems']) * (Number(item['maxLength']) * MAX_BYTES_PER_CODE_POINT + 1);
    expect(joined).to.be.at.most(MAX_CONSTANT_BYTES);
  });
});
