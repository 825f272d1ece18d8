// The fake GitHub holds itself and its clients to GitHub's OpenAPI description: these prove the
// checks bite (a check that cannot fail would make every other GitHub test worthless).
import { expect } from 'chai';
import { FakeGitHub } from './fake-github/server.js';
import { githubOpenApi } from './fake-github/openapi.js';

describe('github: the fake GitHub enforces the OpenAPI description', function () {
  let github: FakeGitHub;

  beforeEach(async () => {
    github = await new FakeGitHub().start();
    github.state.createRepo('acme', 'svc').commitFiles('main', { a: 'a\n' }, 'first');
  });
  afterEach(() => github.stop());

  const call = (method: string, path: string, body?: unknown) =>
    fetch(`${github.apiUrl}${path}`, {
      method,
      headers: { authorization: `token ${github.token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  it('accepts a documented request', async () => {
    const response = await call('GET', '/repos/acme/svc/git/ref/heads%2Fmain');
    expect(response.status).to.equal(200);
    github.assertClean();
  });

  it('records a request that no operation matches', async () => {
    await call('GET', '/repos/acme/svc/git/nothing-here');
    expect(() => github.assertClean()).to.throw(/matches no operation of the OpenAPI description/);
  });

  it('records a body that breaks the request schema, and an undocumented field', async () => {
    await call('POST', '/repos/acme/svc/git/refs', { ref: 'refs/heads/x' });
    await call('POST', '/repos/acme/svc/git/refs', { ref: 'refs/heads/y', sha: 'a'.repeat(40), force: true });
    expect(github.violations.join('\n')).to.match(/git\/create-ref\): body: \/ must have required property 'sha'/);
    expect(github.violations.join('\n')).to.match(/must NOT have additional properties.*force/);
  });

  it('records undocumented and malformed query parameters', async () => {
    await call('GET', '/repos/acme/svc/pulls?state=merged&colour=blue');
    expect(github.violations.join('\n')).to.match(/query parameter state="merged": .*allowed values/);
    expect(github.violations.join('\n')).to.match(/undocumented query parameter colour/);
  });

  it('validates responses: a pull request without its required fields does not pass', () => {
    const openapi = githubOpenApi();
    const [match] = openapi.match('get', '/repos/acme/svc/pulls/1');
    const schema = openapi.responseSchema(match!.operation, 200);
    expect(openapi.check('test:pull', schema, { number: 1 })).to.match(/must have required property/);
    expect(openapi.check('test:null-body', schema, { body: 5 })).to.not.equal('');
  });

  it('allows null where the description says nullable, and nowhere else', () => {
    const openapi = githubOpenApi();
    const schema = { $ref: 'https://fake-github.test/openapi.json#/components/schemas/blob' };
    const blob = { sha: 's', url: 'http://x/y', node_id: 'n', content: '', encoding: 'base64' };
    expect(openapi.check('test:blob-null-size', schema, { ...blob, size: null })).to.equal('');
    expect(openapi.check('test:blob-null-sha', schema, { ...blob, size: 1, sha: null })).to.match(/must be string/);
  });
});
