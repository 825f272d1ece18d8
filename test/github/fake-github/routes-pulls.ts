// Pull requests, issues and their comments.
import type { FakePull } from './state.js';
import type { Handler } from './reply.js';
import { notFound, ok, page, validationFailed } from './reply.js';

const TIME = '2026-01-01T00:00:00Z';

const listPulls: Handler = (ctx, call) => {
  const state = call.query.get('state') ?? 'open';
  const head = call.query.get('head');
  const base = call.query.get('base');
  const pulls = call.repo.pulls.filter(
    (p) => (state === 'all' || p.state === state) && (head === null || `${call.repo.owner}:${p.head}` === head) && (base === null || p.base === base),
  );
  // Newest first, GitHub's default sort (created, desc).
  return page(call, [...pulls].reverse(), (p) => ctx.payloads.pull(call.repo, p));
};

const createPull: Handler = (ctx, call) => {
  const head = String(call.body['head']);
  const base = String(call.body['base']);
  const headSha = call.repo.branchSha(head);
  const baseSha = call.repo.branchSha(base);
  if (headSha === undefined) return validationFailed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
  if (baseSha === undefined) return validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
  if (call.repo.pulls.some((p) => p.state === 'open' && p.head === head && p.base === base)) {
    return validationFailed([{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${call.repo.owner}:${head}.` }]);
  }
  if (call.repo.git.commitsBetween(baseSha, headSha).length === 0) {
    return validationFailed([{ resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${head}` }]);
  }
  const pull: FakePull = {
    number: call.repo.nextNumber(), title: String(call.body['title']), body: (call.body['body'] as string | undefined) ?? null,
    state: 'open', head, headSha, base, author: ctx.login, labels: [], mergedAt: null, mergeCommitSha: null, createdAt: TIME,
  };
  call.repo.pulls.push(pull);
  return ok(ctx.payloads.pull(call.repo, pull), 201);
};

function findPull(call: Parameters<Handler>[1]): FakePull | undefined {
  return call.repo.pulls.find((p) => p.number === Number(call.params['pull_number']));
}

const getPull: Handler = (ctx, call) => {
  const pull = findPull(call);
  return pull ? ok(ctx.payloads.pull(call.repo, pull)) : notFound();
};

const updatePull: Handler = (ctx, call) => {
  const pull = findPull(call);
  if (!pull) return notFound();
  if (typeof call.body['title'] === 'string') pull.title = call.body['title'];
  if (typeof call.body['body'] === 'string') pull.body = call.body['body'];
  if (call.body['state'] === 'closed' || call.body['state'] === 'open') pull.state = call.body['state'];
  pull.headSha = call.repo.branchSha(pull.head) ?? pull.headSha;
  return ok(ctx.payloads.pull(call.repo, pull));
};

const getIssue: Handler = (ctx, call) => {
  const number = Number(call.params['issue_number']);
  const issue = call.repo.issues.find((i) => i.number === number);
  if (issue) return ok(ctx.payloads.issue(call.repo, issue, false));
  const pull = call.repo.pulls.find((p) => p.number === number);
  return pull ? ok(ctx.payloads.issue(call.repo, pull, true)) : notFound();
};

function issueExists(call: Parameters<Handler>[1]): boolean {
  const number = Number(call.params['issue_number']);
  return call.repo.issues.some((i) => i.number === number) || call.repo.pulls.some((p) => p.number === number);
}

const listComments: Handler = (ctx, call) => {
  if (!issueExists(call)) return notFound();
  const comments = call.repo.comments.filter((c) => c.issue === Number(call.params['issue_number']));
  return page(call, comments, (c) => ctx.payloads.comment(call.repo, c));
};

const createComment: Handler = (ctx, call) => {
  if (!issueExists(call)) return notFound();
  const comment = { id: ctx.state.nextId(), issue: Number(call.params['issue_number']), body: String(call.body['body']), author: ctx.login };
  call.repo.comments.push(comment);
  return ok(ctx.payloads.comment(call.repo, comment), 201);
};

export const PULL_ROUTES: Record<string, Handler> = {
  'pulls/list': listPulls,
  'pulls/create': createPull,
  'pulls/get': getPull,
  'pulls/update': updatePull,
  'issues/get': getIssue,
  'issues/list-comments': listComments,
  'issues/create-comment': createComment,
};
