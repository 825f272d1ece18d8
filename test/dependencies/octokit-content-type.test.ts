// package.json overrides @octokit/request's content-type (3.x wants Node 22) with 2.1, which has
// the same `parse(header) -> { type, parameters }` API. @octokit/request uses it for one thing:
// choosing how to read a response body (JSON, text or bytes). These cases drive that code path
// through Octokit itself with the overridden package, so a behaviour change fails here.
import { expect } from 'chai';
import { Octokit } from '@octokit/rest';

async function bodyFor(contentType: string, body: string): Promise<unknown> {
  const fetch = () => Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': contentType } }));
  const octokit = new Octokit({ request: { fetch } });
  const response = await octokit.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'auth' });
  return response.data;
}

describe('dependencies: @octokit/request with the overridden content-type', () => {
  it('parses JSON bodies, parameters and letter case included', async () => {
    expect(await bodyFor('application/json; charset=utf-8', '{"name":"auth"}')).to.deep.equal({ name: 'auth' });
    expect(await bodyFor('Application/JSON', '{"id":1}')).to.deep.equal({ id: 1 });
    expect(await bodyFor('application/scim+json', '{"id":2}')).to.deep.equal({ id: 2 });
  });

  it('reads text types and utf-8 bodies as text, and octet-stream as bytes', async () => {
    expect(await bodyFor('text/plain', 'plain')).to.equal('plain');
    expect(await bodyFor('application/vnd.github.v3.diff; charset="UTF-8"', 'diff --git')).to.equal('diff --git');
    const bytes = await bodyFor('application/octet-stream; charset=utf-8', 'PK');
    expect(bytes).to.be.instanceOf(ArrayBuffer);
    expect(Buffer.from(bytes as ArrayBuffer).toString()).to.equal('PK');
  });
});
