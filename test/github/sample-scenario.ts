// The scenario docs/github.md shows: a fleet of 9 module repositories and the library repository
// on the fake GitHub, driven through sync, library publish, release prepare and release tag. The
// outputs are real; only the fake's address is replaced by github.com.
import { loadProject } from '../../src/app/load-project.js';
import { DEFAULT_CONFIG } from '../../src/util/paths.js';
import { annotatedTag, landPull, mergeBranch, openIssue, squashMerge } from './fake-github/seed.js';
import { FakeGitHub } from './fake-github/server.js';
import { gatehouse, makeProject, OWNER } from './project.js';

export type Samples = Map<string, string>;

export async function githubSamples(): Promise<Samples> {
  const github = await new FakeGitHub().start();
  const samples: Samples = new Map();
  try {
    const { model } = await loadProject(DEFAULT_CONFIG);
    for (const m of model!.modules) github.state.createRepo(OWNER, m.repository).commitFiles('staging', { 'README.md': `# ${m.name}\n` }, 'initial');
    github.state.repo(OWNER, 'editor-backend')!.commitFiles('staging', { Jenkinsfile: 'pipeline {}\n' }, 'hand-written pipeline');
    github.state.createRepo(OWNER, 'gatehouse-pipeline').commitFiles('main', { 'README.md': '# library\n' }, 'initial');
    const cwd = await makeProject(github);
    const web = github.apiUrl.replace(/\/api\/v3$/, '');
    const run = async (name: string, argv: string[]) => {
      const result = await gatehouse(github, cwd, argv);
      samples.set(name, `$ npx gatehouse ${argv.join(' ')}\n${result.out}${result.err}`.replaceAll(web, 'https://github.com'));
    };
    await gatehouse(github, cwd, ['generate']);
    await run('sync', ['sync']);
    await run('sync-again', ['sync']);
    await run('sync-force', ['sync', '--module', 'editor', '--force']);
    await run('library', ['library', 'publish']);
    await run('library-again', ['library', 'publish']);
    // Every sync merged and released once; auth 3.1.0 is tagged; three pull requests land on staging.
    for (const m of model!.modules) {
      const repo = github.state.repo(OWNER, m.repository)!;
      const open = repo.pulls.find((p) => p.state === 'open');
      if (open) squashMerge(repo, open.number);
      mergeBranch(repo, 'staging', 'master', 'first release');
    }
    await gatehouse(github, cwd, ['sync']);
    const auth = github.state.repo(OWNER, 'auth-service')!;
    annotatedTag(auth, 'auth-v3.1.0', auth.branchSha('master')!);
    const issue = openIssue(auth, 'Sessions expire too early');
    landPull(auth, 'staging', { title: 'Add refresh tokens', body: `Implements #${issue}.`, labels: ['feature'], author: 'arjun', head: 'feature/refresh' });
    landPull(auth, 'staging', { title: 'Fix clock skew', head: `bugfix/${issue}-skew`, author: 'meera' });
    const unreferenced = landPull(auth, 'staging', { title: 'Bump dependencies', body: 'Routine.', author: 'kabir' });
    await run('prepare-refused', ['release', 'prepare', '--module', 'auth']);
    unreferenced.body = `Routine, for #${issue}.`;
    await run('prepare', ['release', 'prepare', '--module', 'auth']);
    const pull = auth.pulls.find((p) => p.base === 'master' && p.state === 'open')!;
    samples.set('prepare-body', pull.body ?? '');
    const released = mergeBranch(auth, pull.head, 'master', `Merge pull request #${pull.number} from ${pull.head}`);
    await run('tag', ['release', 'tag', '--module', 'auth', '--sha', released, '--release-id', 'auth-3-2-0-0123abc']);
    samples.set('tag-message', auth.git.get(auth.git.refs.get('refs/tags/auth-v3.2.0')!, 'tag')!.message);
    await run('tag-again', ['release', 'tag', '--module', 'auth', '--sha', released]);
    await run('tag-elsewhere', ['release', 'tag', '--module', 'auth', '--sha', auth.branchSha('staging')!]);
    github.assertClean();
    return samples;
  } finally {
    await github.stop();
  }
}
