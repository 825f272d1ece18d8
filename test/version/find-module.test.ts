import { expect } from 'chai';
import { closestName } from '../../src/version/find-module.js';

describe('closestName', () => {
  const known = ['api-gateway', 'auth', 'catalog', 'config-service', 'editor'];
  const cases: [string, string | undefined][] = [
    ['auht', 'auth'],
    ['config-servce', 'config-service'],
    ['catalogue', 'catalog'],
    ['billing', undefined],
  ];
  for (const [name, want] of cases) {
    it(`suggests ${String(want)} for ${name}`, () => {
      expect(closestName(name, known)).to.equal(want);
    });
  }
});
