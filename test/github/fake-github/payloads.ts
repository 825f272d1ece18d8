// Response bodies shaped like GitHub's: every field the OpenAPI response schema requires, with
// URLs pointing back at the fake. The server validates each one against the schema before sending.
import type { FakeComment, FakeIssue, FakePull, FakeRelease, FakeRepo } from './state.js';
import type { GitObject, Person } from './git-store.js';

const TIME = '2026-01-01T00:00:00Z';

export class Payloads {
  constructor(
    /** API base, e.g. http://127.0.0.1:PORT/api/v3 */
    readonly api: string,
    /** Web base, e.g. http://127.0.0.1:PORT */
    readonly web: string,
  ) {}

  user(login: string): Record<string, unknown> {
    const url = `${this.api}/users/${login}`;
    return {
      login, id: idOf(login), node_id: `U_${login}`, avatar_url: `${this.web}/avatars/${login}`, gravatar_id: '', url,
      html_url: `${this.web}/${login}`, followers_url: `${url}/followers`, following_url: `${url}/following{/other_user}`,
      gists_url: `${url}/gists{/gist_id}`, starred_url: `${url}/starred{/owner}{/repo}`, subscriptions_url: `${url}/subscriptions`,
      organizations_url: `${url}/orgs`, repos_url: `${url}/repos`, events_url: `${url}/events{/privacy}`,
      received_events_url: `${url}/received_events`, type: 'User', site_admin: false,
    };
  }

  repository(repo: FakeRepo): Record<string, unknown> {
    const url = `${this.api}/repos/${repo.owner}/${repo.name}`;
    const templated = Object.fromEntries(REPO_URL_FIELDS.map(([field, suffix]) => [field, `${url}/${suffix}`]));
    return {
      id: repo.id, node_id: `R_${repo.id}`, name: repo.name, full_name: `${repo.owner}/${repo.name}`, owner: this.user(repo.owner),
      private: true, html_url: `${this.web}/${repo.owner}/${repo.name}`, description: null, fork: false, url, ...templated,
      git_url: `git://fake/${repo.owner}/${repo.name}.git`, ssh_url: `git@fake:${repo.owner}/${repo.name}.git`,
      clone_url: `${this.web}/${repo.owner}/${repo.name}.git`, svn_url: `${this.web}/${repo.owner}/${repo.name}`, mirror_url: null,
      homepage: null, language: null, forks: 0, forks_count: 0, stargazers_count: 0, watchers_count: 0, watchers: 0, size: 0,
      default_branch: 'main', open_issues: 0, open_issues_count: 0, has_issues: true, has_projects: false, has_wiki: false,
      has_pages: false, has_downloads: false, archived: false, disabled: false, license: null,
      pushed_at: TIME, created_at: TIME, updated_at: TIME,
    };
  }

  gitRef(repo: FakeRepo, ref: string, sha: string, type: string): Record<string, unknown> {
    const base = `${this.api}/repos/${repo.owner}/${repo.name}/git`;
    return { ref, node_id: `REF_${sha}`, url: `${base}/${ref}`, object: { type, sha, url: `${base}/${type}s/${sha}` } };
  }

  gitCommit(repo: FakeRepo, sha: string, c: Extract<GitObject, { type: 'commit' }>): Record<string, unknown> {
    const base = `${this.api}/repos/${repo.owner}/${repo.name}/git`;
    return {
      sha, node_id: `C_${sha}`, url: `${base}/commits/${sha}`, html_url: `${this.web}/${repo.owner}/${repo.name}/commit/${sha}`,
      author: person(c.author), committer: person(c.committer), message: c.message,
      tree: { sha: c.tree, url: `${base}/trees/${c.tree}` },
      parents: c.parents.map((p) => ({ sha: p, url: `${base}/commits/${p}`, html_url: `${this.web}/${repo.owner}/${repo.name}/commit/${p}` })),
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    };
  }

  gitTag(repo: FakeRepo, sha: string, t: Extract<GitObject, { type: 'tag' }>): Record<string, unknown> {
    const base = `${this.api}/repos/${repo.owner}/${repo.name}/git`;
    return {
      node_id: `T_${sha}`, tag: t.tag, sha, url: `${base}/tags/${sha}`, message: t.message, tagger: person(t.tagger),
      object: { sha: t.object, type: t.objectType, url: `${base}/${t.objectType}s/${t.object}` },
    };
  }

  /** The REST `commit` object of a comparison. */
  commit(repo: FakeRepo, sha: string, c: Extract<GitObject, { type: 'commit' }>): Record<string, unknown> {
    const url = `${this.api}/repos/${repo.owner}/${repo.name}/commits/${sha}`;
    return {
      url, sha, node_id: `C_${sha}`, html_url: `${this.web}/${repo.owner}/${repo.name}/commit/${sha}`, comments_url: `${url}/comments`,
      commit: { url, author: person(c.author), committer: person(c.committer), message: c.message, comment_count: 0, tree: { sha: c.tree, url: `${this.api}/repos/${repo.owner}/${repo.name}/git/trees/${c.tree}` } },
      author: null, committer: null,
      parents: c.parents.map((p) => ({ sha: p, url: `${this.api}/repos/${repo.owner}/${repo.name}/commits/${p}` })),
    };
  }

  pull(repo: FakeRepo, p: FakePull): Record<string, unknown> {
    const url = `${this.api}/repos/${repo.owner}/${repo.name}/pulls/${p.number}`;
    const issueUrl = `${this.api}/repos/${repo.owner}/${repo.name}/issues/${p.number}`;
    const html = `${this.web}/${repo.owner}/${repo.name}/pull/${p.number}`;
    const side = (ref: string, sha: string) => ({ label: `${repo.owner}:${ref}`, ref, sha, user: this.user(repo.owner), repo: this.repository(repo) });
    return {
      url, id: p.number + repo.id * 10000, node_id: `PR_${repo.id}_${p.number}`, html_url: html, diff_url: `${html}.diff`, patch_url: `${html}.patch`,
      issue_url: issueUrl, commits_url: `${url}/commits`, review_comments_url: `${url}/comments`, review_comment_url: `${url}/comments{/number}`,
      comments_url: `${issueUrl}/comments`, statuses_url: `${this.api}/repos/${repo.owner}/${repo.name}/statuses/${p.headSha}`,
      number: p.number, state: p.state, locked: false, title: p.title, user: this.user(p.author), body: p.body,
      labels: p.labels.map((name) => this.label(repo, name)), milestone: null, active_lock_reason: null,
      created_at: p.createdAt, updated_at: p.createdAt, closed_at: p.state === 'closed' ? TIME : null, merged_at: p.mergedAt,
      merge_commit_sha: p.mergeCommitSha, assignee: null, assignees: [], requested_reviewers: [], requested_teams: [],
      head: side(p.head, p.headSha), base: side(p.base, repo.branchSha(p.base) ?? p.headSha),
      _links: Object.fromEntries(['self', 'html', 'issue', 'comments', 'review_comments', 'review_comment', 'commits', 'statuses'].map((k) => [k, { href: url }])),
      author_association: 'MEMBER', auto_merge: null, draft: false, merged: p.mergedAt !== null, mergeable: null, rebaseable: null,
      mergeable_state: 'unknown', merged_by: null, comments: 0, review_comments: 0, maintainer_can_modify: false,
      commits: 1, additions: 0, deletions: 0, changed_files: 0,
    };
  }

  issue(repo: FakeRepo, issue: FakeIssue | FakePull, isPull: boolean): Record<string, unknown> {
    const url = `${this.api}/repos/${repo.owner}/${repo.name}/issues/${issue.number}`;
    const html = `${this.web}/${repo.owner}/${repo.name}/${isPull ? 'pull' : 'issues'}/${issue.number}`;
    const pullUrl = `${this.api}/repos/${repo.owner}/${repo.name}/pulls/${issue.number}`;
    return {
      id: issue.number + repo.id * 10000, node_id: `I_${repo.id}_${issue.number}`, url, repository_url: `${this.api}/repos/${repo.owner}/${repo.name}`,
      labels_url: `${url}/labels{/name}`, comments_url: `${url}/comments`, events_url: `${url}/events`, html_url: html,
      number: issue.number, state: issue.state, title: issue.title, user: this.user(issue.author), labels: [], assignee: null,
      milestone: null, locked: false, comments: 0, closed_at: null, created_at: TIME, updated_at: TIME,
      ...(isPull ? { pull_request: { url: pullUrl, html_url: html, diff_url: `${html}.diff`, patch_url: `${html}.patch`, merged_at: null } } : {}),
    };
  }

  comment(repo: FakeRepo, c: FakeComment): Record<string, unknown> {
    const issueUrl = `${this.api}/repos/${repo.owner}/${repo.name}/issues/${c.issue}`;
    return {
      id: c.id, node_id: `IC_${c.id}`, url: `${this.api}/repos/${repo.owner}/${repo.name}/issues/comments/${c.id}`,
      html_url: `${this.web}/${repo.owner}/${repo.name}/issues/${c.issue}#issuecomment-${c.id}`, body: c.body,
      user: this.user(c.author), created_at: TIME, updated_at: TIME, issue_url: issueUrl, author_association: 'MEMBER',
    };
  }

  release(repo: FakeRepo, r: FakeRelease): Record<string, unknown> {
    const url = `${this.api}/repos/${repo.owner}/${repo.name}/releases/${r.id}`;
    const html = `${this.web}/${repo.owner}/${repo.name}/releases/tag/${encodeURIComponent(r.tag)}`;
    return {
      url, html_url: html, assets_url: `${url}/assets`, upload_url: `${url}/assets{?name,label}`,
      tarball_url: `${this.api}/repos/${repo.owner}/${repo.name}/tarball/${r.tag}`, zipball_url: `${this.api}/repos/${repo.owner}/${repo.name}/zipball/${r.tag}`,
      id: r.id, node_id: `RE_${r.id}`, tag_name: r.tag, target_commitish: 'main', name: r.name, body: r.body, draft: false,
      prerelease: false, created_at: TIME, published_at: TIME, author: this.user(r.author), assets: [],
    };
  }

  label(repo: FakeRepo, name: string): Record<string, unknown> {
    return { id: idOf(name), node_id: `L_${name}`, url: `${this.api}/repos/${repo.owner}/${repo.name}/labels/${encodeURIComponent(name)}`, name, description: `Label ${name}`, color: 'ededed', default: false };
  }
}

function person(p: Person): Record<string, unknown> {
  return { name: p.name, email: p.email, date: p.date };
}

/** A stable positive id from a name. */
function idOf(name: string): number {
  let hash = 7;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000;
  return hash + 1;
}

const REPO_URL_FIELDS: [string, string][] = [
  ['archive_url', '{archive_format}{/ref}'], ['assignees_url', 'assignees{/user}'], ['blobs_url', 'git/blobs{/sha}'],
  ['branches_url', 'branches{/branch}'], ['collaborators_url', 'collaborators{/collaborator}'], ['comments_url', 'comments{/number}'],
  ['commits_url', 'commits{/sha}'], ['compare_url', 'compare/{base}...{head}'], ['contents_url', 'contents/{+path}'],
  ['contributors_url', 'contributors'], ['deployments_url', 'deployments'], ['downloads_url', 'downloads'], ['events_url', 'events'],
  ['forks_url', 'forks'], ['git_commits_url', 'git/commits{/sha}'], ['git_refs_url', 'git/refs{/sha}'], ['git_tags_url', 'git/tags{/sha}'],
  ['hooks_url', 'hooks'], ['issue_comment_url', 'issues/comments{/number}'], ['issue_events_url', 'issues/events{/number}'],
  ['issues_url', 'issues{/number}'], ['keys_url', 'keys{/key_id}'], ['labels_url', 'labels{/name}'], ['languages_url', 'languages'],
  ['merges_url', 'merges'], ['milestones_url', 'milestones{/number}'], ['notifications_url', 'notifications{?since,all,participating}'],
  ['pulls_url', 'pulls{/number}'], ['releases_url', 'releases{/id}'], ['stargazers_url', 'stargazers'], ['statuses_url', 'statuses/{sha}'],
  ['subscribers_url', 'subscribers'], ['subscription_url', 'subscription'], ['tags_url', 'tags'], ['teams_url', 'teams'],
  ['trees_url', 'git/trees{/sha}'],
];
