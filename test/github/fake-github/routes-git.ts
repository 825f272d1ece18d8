// The git data API: refs, commits, trees, blobs and tag objects.
import { FAKE_PERSON } from './git-store.js';
import type { Call, Handler, HandlerContext, Reply } from './reply.js';
import { conflict, notFound, ok, unprocessable } from './reply.js';

const EMPTY = 'Git Repository is empty.';

function refReply(ctx: HandlerContext, call: Call, ref: string, status = 200): Reply {
  const sha = call.repo.git.refs.get(ref);
  if (sha === undefined) return notFound();
  return ok(ctx.payloads.gitRef(call.repo, ref, sha, call.repo.git.objects.get(sha)?.type ?? 'commit'), status);
}

const getRef: Handler = (ctx, call) => (call.repo.empty ? conflict(EMPTY) : refReply(ctx, call, `refs/${call.params['ref']}`));

const listMatchingRefs: Handler = (ctx, call) => {
  const prefix = `refs/${call.params['ref']}`;
  const refs = [...call.repo.git.refs.keys()].filter((ref) => ref.startsWith(prefix)).sort();
  return ok(refs.map((ref) => refReply(ctx, call, ref).body));
};

const createRef: Handler = (ctx, call) => {
  const ref = String(call.body['ref']);
  const sha = String(call.body['sha']);
  if (!/^refs\/[^/]+\/.+/.test(ref)) return unprocessable('Reference name is invalid');
  if (call.repo.empty) return conflict(EMPTY);
  if (call.repo.git.refs.has(ref)) return unprocessable('Reference already exists');
  if (!call.repo.git.objects.has(sha)) return unprocessable('Object does not exist');
  call.repo.git.refs.set(ref, sha);
  return refReply(ctx, call, ref, 201);
};

const updateRef: Handler = (ctx, call) => {
  const ref = `refs/${call.params['ref']}`;
  const sha = String(call.body['sha']);
  const current = call.repo.git.refs.get(ref);
  if (current === undefined) return unprocessable('Reference does not exist');
  if (!call.repo.git.objects.has(sha)) return unprocessable('Object does not exist');
  if (call.body['force'] !== true && !call.repo.git.ancestors(sha).has(current)) return unprocessable('Update is not a fast forward');
  call.repo.git.refs.set(ref, sha);
  return refReply(ctx, call, ref);
};

const deleteRef: Handler = (_ctx, call) => {
  if (!call.repo.git.refs.delete(`refs/${call.params['ref']}`)) return unprocessable('Reference does not exist');
  return { status: 204 };
};

const getCommit: Handler = (ctx, call) => {
  const sha = call.repo.git.expand(call.params['commit_sha'] ?? '');
  const commit = sha === undefined ? undefined : call.repo.git.get(sha, 'commit');
  return sha === undefined || !commit ? notFound() : ok(ctx.payloads.gitCommit(call.repo, sha, commit));
};

const createCommit: Handler = (ctx, call) => {
  const tree = String(call.body['tree']);
  const parents = (call.body['parents'] as string[] | undefined) ?? [];
  if (call.repo.empty) return conflict(EMPTY);
  if (!call.repo.git.get(tree, 'tree')) return unprocessable('Tree SHA does not exist');
  if (parents.some((p) => !call.repo.git.get(p, 'commit'))) return unprocessable('Parent SHA does not exist or is not a commit object');
  const commit = { type: 'commit' as const, tree, parents, message: String(call.body['message']), author: FAKE_PERSON, committer: FAKE_PERSON };
  const sha = call.repo.git.put(commit);
  return ok(ctx.payloads.gitCommit(call.repo, sha, commit), 201);
};

function treeBody(ctx: HandlerContext, call: Call, sha: string, recursive: boolean): Record<string, unknown> {
  const base = `${ctx.payloads.api}/repos/${call.repo.owner}/${call.repo.name}/git`;
  const entries = recursive
    ? call.repo.git.listRecursive(sha)
    : (call.repo.git.get(sha, 'tree')?.entries ?? []).map((e) => ({ ...e, path: e.name }));
  const tree = entries.map((e) => ({
    path: e.path, mode: e.mode, type: e.type, sha: e.sha, url: `${base}/${e.type}s/${e.sha}`,
    ...(e.type === 'blob' ? { size: call.repo.git.get(e.sha, 'blob')?.content.length ?? 0 } : {}),
  }));
  return { sha, url: `${base}/trees/${sha}`, tree, truncated: false };
}

const getTree: Handler = (ctx, call) => {
  const sha = call.repo.git.expand(call.params['tree_sha'] ?? '');
  if (sha === undefined || !call.repo.git.get(sha, 'tree')) return notFound();
  return ok(treeBody(ctx, call, sha, call.query.has('recursive')));
};

interface TreeInput {
  path: string;
  mode: string;
  sha?: string | null;
  content?: string;
}

const createTree: Handler = (ctx, call) => {
  if (call.repo.empty) return conflict(EMPTY);
  const baseTree = call.body['base_tree'] as string | undefined;
  if (baseTree !== undefined && !call.repo.git.get(baseTree, 'tree')) return unprocessable('base_tree is not a valid tree oid');
  const files = baseTree === undefined ? new Map<string, { mode: string; sha: string }>() : call.repo.git.flatten(baseTree);
  for (const entry of call.body['tree'] as TreeInput[]) {
    if (entry.content !== undefined && entry.sha !== undefined) return unprocessable('Must supply either tree.sha or tree.content, not both');
    if (entry.sha === null) files.delete(entry.path);
    else {
      const sha = entry.content === undefined ? entry.sha : call.repo.git.put({ type: 'blob', content: Buffer.from(entry.content, 'utf8') });
      if (sha === undefined || !call.repo.git.objects.has(sha)) return unprocessable(`tree.sha ${String(sha)} is not a valid blob`);
      files.set(entry.path, { mode: entry.mode, sha });
    }
  }
  return ok(treeBody(ctx, call, call.repo.git.writeTree(files), false), 201);
};

const getBlob: Handler = (ctx, call) => {
  const sha = call.params['file_sha'] ?? '';
  const blob = call.repo.git.get(sha, 'blob');
  if (!blob) return notFound();
  // GitHub wraps the base64 content every 60 characters.
  const content = (blob.content.toString('base64').match(/.{1,60}/g) ?? []).join('\n');
  const url = `${ctx.payloads.api}/repos/${call.repo.owner}/${call.repo.name}/git/blobs/${sha}`;
  return ok({ sha, node_id: `B_${sha}`, size: blob.content.length, url, content, encoding: 'base64' });
};

const createTag: Handler = (ctx, call) => {
  if (call.repo.empty) return conflict(EMPTY);
  const object = String(call.body['object']);
  const objectType = String(call.body['type']);
  if (call.repo.git.objects.get(object)?.type !== objectType) return unprocessable('Object does not exist');
  const tag = { type: 'tag' as const, object, objectType, tag: String(call.body['tag']), message: String(call.body['message']), tagger: FAKE_PERSON };
  const sha = call.repo.git.put(tag);
  return ok(ctx.payloads.gitTag(call.repo, sha, tag), 201);
};

const getTag: Handler = (ctx, call) => {
  const sha = call.params['tag_sha'] ?? '';
  const tag = call.repo.git.get(sha, 'tag');
  return tag ? ok(ctx.payloads.gitTag(call.repo, sha, tag)) : notFound();
};

export const GIT_ROUTES: Record<string, Handler> = {
  'git/get-ref': getRef,
  'git/list-matching-refs': listMatchingRefs,
  'git/create-ref': createRef,
  'git/update-ref': updateRef,
  'git/delete-ref': deleteRef,
  'git/get-commit': getCommit,
  'git/create-commit': createCommit,
  'git/get-tree': getTree,
  'git/create-tree': createTree,
  'git/get-blob': getBlob,
  'git/create-tag': createTag,
  'git/get-tag': getTag,
};
