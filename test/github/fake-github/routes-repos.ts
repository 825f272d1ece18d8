// Repositories: the repository itself, comparisons, the pull requests of a commit, releases.
import type { Handler } from './reply.js';
import { linkHeader, notFound, ok, page, validationFailed } from './reply.js';

const getRepo: Handler = (ctx, call) => ok({ ...ctx.payloads.repository(call.repo), network_count: 0, subscribers_count: 0, has_discussions: false });

const compare: Handler = (ctx, call) => {
  const [base, head] = (call.params['basehead'] ?? '').split('...');
  const baseSha = base === undefined ? undefined : call.repo.git.resolve(base);
  const headSha = head === undefined ? undefined : call.repo.git.resolve(head);
  if (baseSha === undefined || headSha === undefined) return notFound();
  const shas = call.repo.git.commitsBetween(baseSha, headSha);
  const render = (sha: string) => ctx.payloads.commit(call.repo, sha, call.repo.git.get(sha, 'commit')!);
  const perPage = Math.min(Number(call.query.get('per_page') ?? 250), 100);
  const current = Number(call.query.get('page') ?? 1);
  const paged = call.query.has('per_page') || call.query.has('page');
  // Without paging parameters GitHub lists at most 250 commits.
  const commits = paged ? shas.slice((current - 1) * perPage, current * perPage) : shas.slice(0, 250);
  const html = `${ctx.payloads.web}/${call.repo.owner}/${call.repo.name}/compare/${call.params['basehead'] ?? ''}`;
  return {
    status: 200,
    headers: paged ? linkHeader(call, current, Math.max(1, Math.ceil(shas.length / perPage))) : {},
    body: {
      url: call.url, html_url: html, permalink_url: html, diff_url: `${html}.diff`, patch_url: `${html}.patch`,
      base_commit: render(baseSha), merge_base_commit: render(baseSha), status: shas.length > 0 ? 'ahead' : 'identical',
      ahead_by: shas.length, behind_by: 0, total_commits: shas.length, commits: commits.map(render),
    },
  };
};

const pullsOfCommit: Handler = (ctx, call) => {
  const sha = call.params['commit_sha'] ?? '';
  const pulls = call.repo.pulls.filter((p) => p.mergeCommitSha === sha || (p.state === 'open' && p.headSha === sha));
  return page(call, pulls, (p) => ctx.payloads.pull(call.repo, p));
};

const getReleaseByTag: Handler = (ctx, call) => {
  const release = call.repo.releases.find((r) => r.tag === call.params['tag']);
  return release ? ok(ctx.payloads.release(call.repo, release)) : notFound();
};

const createRelease: Handler = (ctx, call) => {
  const tag = String(call.body['tag_name']);
  if (call.repo.releases.some((r) => r.tag === tag)) return validationFailed([{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
  if (!call.repo.git.refs.has(`refs/tags/${tag}`)) return validationFailed([{ resource: 'Release', code: 'invalid', field: 'tag_name' }]);
  const release = { id: ctx.state.nextId(), tag, name: typeof call.body['name'] === 'string' ? call.body['name'] : tag, body: typeof call.body['body'] === 'string' ? call.body['body'] : '', author: ctx.login };
  call.repo.releases.push(release);
  return ok(ctx.payloads.release(call.repo, release), 201);
};

const updateRelease: Handler = (ctx, call) => {
  const release = call.repo.releases.find((r) => r.id === Number(call.params['release_id']));
  if (!release) return notFound();
  if (typeof call.body['name'] === 'string') release.name = call.body['name'];
  if (typeof call.body['body'] === 'string') release.body = call.body['body'];
  return ok(ctx.payloads.release(call.repo, release));
};

export const REPO_ROUTES: Record<string, Handler> = {
  'repos/get': getRepo,
  'repos/compare-commits-with-basehead': compare,
  'repos/list-pull-requests-associated-with-commit': pullsOfCommit,
  'repos/get-release-by-tag': getReleaseByTag,
  'repos/create-release': createRelease,
  'repos/update-release': updateRelease,
};
