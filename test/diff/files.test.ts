import { expect } from 'chai';
import { moduleOfPath } from '../../src/emit/types.js';
import { diffFileSets } from '../../src/diff/files.js';

describe('diff: generated files', () => {
  it('says which files are added, removed or modified, by how many lines, sorted by path', () => {
    const before = [
      { path: 'README.md', content: 'a\nb\nc\n' },
      { path: 'modules/x/Jenkinsfile', content: 'one\ntwo\n' },
      { path: 'same.txt', content: 'same\n' },
    ];
    const after = [
      { path: 'README.md', content: 'a\nB\nc\nd\n' },
      { path: 'library/new.groovy', content: '1\n2\n3\n' },
      { path: 'same.txt', content: 'same\n' },
    ];
    expect(diffFileSets(before, after)).to.deep.equal([
      { path: 'README.md', status: 'modified', linesAdded: 2, linesRemoved: 1 },
      { path: 'library/new.groovy', status: 'added', linesAdded: 3, linesRemoved: 0 },
      { path: 'modules/x/Jenkinsfile', status: 'removed', linesAdded: 0, linesRemoved: 2 },
    ]);
  });

  it('gives a file to the module whose folder holds it; everything else is shared', () => {
    expect(moduleOfPath('modules/editor/chart/values.yaml')).to.equal('editor');
    expect(moduleOfPath('modules/editor/Jenkinsfile')).to.equal('editor');
    expect(moduleOfPath('library/vars/gatehouseDeploy.groovy')).to.equal(undefined);
    expect(moduleOfPath('README.md')).to.equal(undefined);
  });
});
