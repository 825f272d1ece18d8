// A repository's git objects and refs, in memory, with the object ids real git would give them
// (written here independently of src/util/git-objects.ts, so the two check each other).
import { createHash } from 'node:crypto';

export interface TreeEntry {
  name: string;
  mode: string;
  type: 'blob' | 'tree';
  sha: string;
}

export interface Person {
  name: string;
  email: string;
  date: string;
}

export type GitObject =
  | { type: 'blob'; content: Buffer }
  | { type: 'tree'; entries: TreeEntry[] }
  | { type: 'commit'; tree: string; parents: string[]; message: string; author: Person; committer: Person }
  | { type: 'tag'; object: string; objectType: string; tag: string; message: string; tagger: Person };

export const FAKE_PERSON: Person = { name: 'gatehouse test', email: 'test@example.invalid', date: '2026-01-01T00:00:00Z' };

export class GitStore {
  readonly objects = new Map<string, GitObject>();
  readonly refs = new Map<string, string>();

  put(object: GitObject): string {
    const body = serialize(object);
    const sha = createHash('sha1').update(`${object.type} ${body.length}\0`).update(body).digest('hex');
    this.objects.set(sha, object);
    return sha;
  }

  get<T extends GitObject['type']>(sha: string, type: T): Extract<GitObject, { type: T }> | undefined {
    const object = this.objects.get(sha);
    return object?.type === type ? (object as Extract<GitObject, { type: T }>) : undefined;
  }

  /** Full sha from a full or abbreviated one (at least 4 hex digits, unique). */
  expand(sha: string): string | undefined {
    if (this.objects.has(sha)) return sha;
    if (!/^[0-9a-f]{4,40}$/.test(sha)) return undefined;
    const found = [...this.objects.keys()].filter((key) => key.startsWith(sha));
    return found.length === 1 ? found[0] : undefined;
  }

  /** A commit-ish: branch, tag (peeled) or sha. */
  resolve(name: string): string | undefined {
    const direct = this.refs.get(`refs/heads/${name}`) ?? this.refs.get(`refs/tags/${name}`) ?? this.expand(name);
    return direct === undefined ? undefined : this.peel(direct);
  }

  peel(sha: string): string {
    const tag = this.get(sha, 'tag');
    return tag ? this.peel(tag.object) : sha;
  }

  /** path -> {mode, sha} of every blob under a tree. */
  flatten(treeSha: string, prefix = ''): Map<string, { mode: string; sha: string }> {
    const files = new Map<string, { mode: string; sha: string }>();
    for (const entry of this.get(treeSha, 'tree')?.entries ?? []) {
      const path = prefix + entry.name;
      if (entry.type === 'tree') for (const [p, f] of this.flatten(entry.sha, `${path}/`)) files.set(p, f);
      else files.set(path, { mode: entry.mode, sha: entry.sha });
    }
    return files;
  }

  /** Every entry (trees included) under a tree, as GitHub's recursive listing shows them. */
  listRecursive(treeSha: string, prefix = ''): (TreeEntry & { path: string })[] {
    return (this.get(treeSha, 'tree')?.entries ?? []).flatMap((entry) => {
      const path = prefix + entry.name;
      const own = { ...entry, path };
      return entry.type === 'tree' ? [own, ...this.listRecursive(entry.sha, `${path}/`)] : [own];
    });
  }

  /** Writes nested trees for a flat path -> {mode, sha} map; returns the root tree's sha. */
  writeTree(files: ReadonlyMap<string, { mode: string; sha: string }>): string {
    const here = new Map<string, TreeEntry>();
    const below = new Map<string, Map<string, { mode: string; sha: string }>>();
    for (const [path, file] of files) {
      const slash = path.indexOf('/');
      if (slash < 0) {
        here.set(path, { name: path, mode: file.mode, type: 'blob', sha: file.sha });
        continue;
      }
      const dir = path.slice(0, slash);
      if (!below.has(dir)) below.set(dir, new Map());
      below.get(dir)?.set(path.slice(slash + 1), file);
    }
    for (const [dir, children] of below) here.set(dir, { name: dir, mode: '040000', type: 'tree', sha: this.writeTree(children) });
    return this.put({ type: 'tree', entries: [...here.values()] });
  }

  /** Commits reachable from `head` and not from `base`, oldest first (first-parent order is enough here). */
  commitsBetween(base: string, head: string): string[] {
    const excluded = this.ancestors(base);
    const order: string[] = [];
    const seen = new Set<string>();
    const visit = (sha: string) => {
      if (seen.has(sha) || excluded.has(sha)) return;
      seen.add(sha);
      for (const parent of this.get(sha, 'commit')?.parents ?? []) visit(parent);
      order.push(sha);
    };
    visit(head);
    return order;
  }

  ancestors(sha: string): Set<string> {
    const seen = new Set<string>();
    const stack = [sha];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(this.get(next, 'commit')?.parents ?? []));
    }
    return seen;
  }
}

function gitDate(person: Person): string {
  return `${person.name} <${person.email}> ${Math.floor(Date.parse(person.date) / 1000)} +0000`;
}

function serialize(object: GitObject): Buffer {
  switch (object.type) {
    case 'blob':
      return object.content;
    case 'tree': {
      const key = (e: TreeEntry) => (e.type === 'tree' ? `${e.name}/` : e.name);
      const sorted = [...object.entries].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
      return Buffer.concat(sorted.map((e) => Buffer.concat([Buffer.from(`${e.mode.replace(/^0+/, '')} ${e.name}\0`), Buffer.from(e.sha, 'hex')])));
    }
    case 'commit': {
      const parents = object.parents.map((p) => `parent ${p}\n`).join('');
      return Buffer.from(`tree ${object.tree}\n${parents}author ${gitDate(object.author)}\ncommitter ${gitDate(object.committer)}\n\n${object.message}`);
    }
    case 'tag':
      return Buffer.from(`object ${object.object}\ntype ${object.objectType}\ntag ${object.tag}\ntagger ${gitDate(object.tagger)}\n\n${object.message}`);
  }
}
