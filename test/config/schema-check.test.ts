// ajv error -> finding translation on small schemas: one finding per problem, cascades removed.
import { expect } from 'chai';
import { checkSchema } from '../../src/config/schema-check.js';

const base = { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' };

describe('config: schema errors to findings', () => {
  it('reports a failed oneOf once, not once per branch', () => {
    const schema = { ...base, properties: { port: { description: 'p', oneOf: [{ type: 'integer' }, { type: 'string', pattern: '^[0-9]+$' }] } } };
    const findings = checkSchema(schema, { port: true });
    expect(findings.map((f) => [f.code, f.path])).to.deep.equal([['GH299', ['port']]]);
    expect(findings[0]?.message).to.equal('port must match exactly one schema in oneOf');
  });

  it('reports a failed if/then by its then-part only', () => {
    const schema = {
      ...base,
      properties: { enabled: { type: 'boolean' }, host: { type: 'string' } },
      if: { properties: { enabled: { const: true } } },
      then: { properties: { host: { type: 'string' } }, required: ['host'] },
    };
    const findings = checkSchema(schema, { enabled: true });
    expect(findings.map((f) => [f.code, f.message])).to.deep.equal([['GH201', 'the top level is missing the required key "host"']]);
  });

  it('reports a bad property name once, at the key', () => {
    const schema = { ...base, propertyNames: { pattern: '^[a-z]+$' }, additionalProperties: { type: 'integer' } };
    const findings = checkSchema(schema, { good: 1, Bad: 2 });
    expect(findings).to.deep.equal([{ code: 'GH204', message: '"Bad" is not a valid name at the top level', path: ['Bad'], target: 'key', hint: 'names here must match ^[a-z]+$' }]);
  });

  it('reports every problem of a document at once (allErrors)', () => {
    const schema = { ...base, additionalProperties: false, required: ['a'], properties: { a: { type: 'string' }, b: { type: 'integer', minimum: 1 } } };
    const findings = checkSchema(schema, { b: 0, c: 1 });
    expect(findings.map((f) => f.code).sort()).to.deep.equal(['GH200', 'GH201', 'GH205']);
  });

  it('names a duplicated list item at its second place', () => {
    const schema = { ...base, properties: { days: { type: 'array', uniqueItems: true } } };
    const findings = checkSchema(schema, { days: ['mon', 'tue', 'mon'] });
    expect(findings).to.deep.equal([{ code: 'GH207', message: 'days lists "mon" twice', path: ['days', 2], target: 'value', hint: 'remove the repeated item' }]);
  });
});
