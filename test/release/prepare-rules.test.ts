// The pure rules of release prepare: the version, release branch names, issue references,
// checklist ticks, and the modules.yaml edit.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { setModuleVersion } from '../../src/config/edit-version.js';
import { findIssueReferences } from '../../src/release/notes/issue-refs.js';
import { releaseBranchName, releaseBranchPrefix, releaseBranchVersion } from '../../src/release/prepare/branch-name.js';
import { renderReleaseBody, tickedItems } from '../../src/release/prepare/checklist.js';
import { decideVersion } from '../../src/release/prepare/version.js';
import type { VersionInput } from '../../src/release/prepare/version.js';
import { DEFAULT_CONFIG } from '../../src/util/paths.js';

const REPO = { owner: 'acme', name: 'auth' };

describe('release: prepare rules', () => {
  describe('the release version', () => {
    const base: VersionInput = { module: 'auth', current: '3.1.0', released: ['3.1.0', '3.0.0'], inPreparation: undefined, bump: 'minor', explicit: false };
    const cases: [string, Partial<VersionInput>, string][] = [
      ['a released version is bumped as the labels ask', {}, '3.2.0'],
      ['patch by default', { bump: 'patch' }, '3.1.1'],
      ['an unreleased version is released as it is', { current: '3.5.0' }, '3.5.0'],
      ['the first release is modules.yaml\'s version', { released: [] }, '3.1.0'],
      ['--bump is relative to the latest release', { current: '3.2.0', bump: 'major', explicit: true }, '4.0.0'],
      ['a release in preparation keeps its version', { current: '3.1.0', inPreparation: { version: '3.2.0', branch: 'release/auth-3.2.0' } }, '3.2.0'],
      ['--bump agreeing with the release in preparation', { bump: 'minor', explicit: true, inPreparation: { version: '3.2.0', branch: 'b' } }, '3.2.0'],
    ];
    for (const [name, change, want] of cases) {
      it(name, () => expect(decideVersion({ ...base, ...change })).to.have.property('version', want));
    }
    const refused: [string, Partial<VersionInput>, RegExp][] = [
      ['modules.yaml below the latest release', { current: '3.0.5' }, /below its latest release 3\.1\.0/],
      ['--bump disagreeing with the release in preparation', { bump: 'major', explicit: true, inPreparation: { version: '3.2.0', branch: 'b' } }, /already in preparation/],
      ['--bump below modules.yaml', { current: '4.0.0', bump: 'patch', explicit: true }, /gives auth 3\.1\.1, below modules\.yaml's 4\.0\.0/],
    ];
    for (const [name, change, message] of refused) {
      it(`refuses ${name} (GH711)`, () => {
        const decided = decideVersion({ ...base, ...change });
        expect('problem' in decided && decided.problem.code).to.equal('GH711');
        expect('problem' in decided && decided.problem.message).to.match(message);
      });
    }
  });

  it('names release branches by the convention and recognises them, whatever the order of placeholders', () => {
    expect(releaseBranchName('release/{module}-{version}', 'auth', '3.2.0')).to.equal('release/auth-3.2.0');
    expect(releaseBranchPrefix('release/{module}-{version}', 'auth')).to.equal('release/auth-');
    expect(releaseBranchVersion('release/{module}-{version}', 'auth', 'release/auth-3.2.0')).to.equal('3.2.0');
    expect(releaseBranchVersion('release/{module}-{version}', 'auth', 'release/auth-service-3.2.0')).to.equal(undefined);
    expect(releaseBranchVersion('release/{module}-{version}', 'auth', 'release/auth-next')).to.equal(undefined);
    expect(releaseBranchPrefix('releases/{version}/{module}', 'auth')).to.equal('releases/');
    expect(releaseBranchVersion('releases/{version}/{module}', 'auth', 'releases/1.0.0/auth')).to.equal('1.0.0');
    expect(releaseBranchVersion('releases/{version}/{module}', 'auth', 'releases/1.0.0/catalog')).to.equal(undefined);
  });

  it('finds issue references in the description and the branch name, not in code', () => {
    const refs = (body: string, head = 'feature/x') => findIssueReferences({ body, head }, REPO).map((r) => `${r.repo.owner}/${r.repo.name}#${r.number}`);
    expect(refs('Fixes #12 and acme/tracker#7, see https://github.com/acme/auth/issues/9')).to.deep.equal(['acme/auth#12', 'acme/tracker#7', 'acme/auth#9']);
    expect(refs('no reference', 'feature/123-login')).to.deep.equal(['acme/auth#123']);
    expect(refs('', 'bugfix/GH-45')).to.deep.equal(['acme/auth#45']);
    expect(refs('`#12` and ```\n#13\n``` and color#fff and a#1')).to.deep.equal([]);
    expect(refs('(#4)')).to.deep.equal(['acme/auth#4']);
  });

  it('keeps ticked checklist items when it renders the body again', () => {
    const body = renderReleaseBody('## notes\n', ['One', 'Two'], new Set(), 'footer');
    expect(body).to.include('- [ ] One\n- [ ] Two\n');
    const ticked = tickedItems(body.replace('- [ ] Two', '- [x] Two'));
    expect(renderReleaseBody('## notes\n', ['One', 'Two'], ticked, 'footer')).to.include('- [ ] One\n- [x] Two\n');
  });

  it('sets a module version in modules.yaml and changes no other byte', () => {
    const text = readFileSync(DEFAULT_CONFIG, 'utf8');
    const edited = setModuleVersion(text, 'auth', '3.2.0');
    const changed = text.split('\n').flatMap((line, i) => (line === edited.split('\n')[i] ? [] : [[line, edited.split('\n')[i]]]));
    expect(changed).to.deep.equal([['    version: 3.1.0', '    version: 3.2.0']]);
    expect(setModuleVersion("modules:\n  a:\n    version: '1.0.0' # pinned\n", 'a', '1.1.0')).to.equal("modules:\n  a:\n    version: '1.1.0' # pinned\n");
  });
});
