import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { PACKAGE_ROOT } from '../../src/util/paths.js';
import type { LockedPackage } from './engines.js';
import { engineMismatches } from './engines.js';

const readJson = <T>(name: string): T => JSON.parse(readFileSync(join(PACKAGE_ROOT, name), 'utf8')) as T;

describe('dependencies: Node engines', () => {
  const manifest = readJson<{ engines: { node: string } }>('package.json');
  const lock = readJson<{ packages: Record<string, LockedPackage> }>('package-lock.json');

  it('package.json declares a valid Node range that still includes Node 20 (what CI runs)', () => {
    expect(semver.validRange(manifest.engines.node)).to.not.equal(null);
    expect(semver.minVersion(manifest.engines.node)?.major).to.equal(20);
  });

  it('every package in package-lock.json accepts every Node version package.json declares', () => {
    const found = engineMismatches(lock.packages, manifest.engines.node).map((m) => `${m.path}@${m.version} requires node ${m.requires}`);
    expect(found, `package.json engines.node is "${manifest.engines.node}"`).to.deep.equal([]);
  });

  it('finds a package that drops a Node version we declare, and passes one that keeps them all', () => {
    const packages: Record<string, LockedPackage> = {
      '': { version: '0.1.0', engines: { node: '>=20.19' } },
      'node_modules/content-type': { version: '3.1.1', engines: { node: '>=22' } },
      'node_modules/eslint': { version: '10.0.0', engines: { node: '^20.19.0 || ^22.13.0 || >=24' } },
      'node_modules/old': { version: '1.0.0', engines: { node: '>= 0.4' } },
      'node_modules/legacy': { version: '1.0.0', engines: ['node >= 0.8'] },
      'node_modules/broken': { version: '1.0.0', engines: { node: 'not a range' } },
      'node_modules/npm-only': { version: '1.0.0', engines: { npm: '>=99' } },
    };
    const paths = (declared: string) => engineMismatches(packages, declared).map((m) => m.path);
    expect(paths('>=20.19')).to.deep.equal(['node_modules/content-type', 'node_modules/eslint', 'node_modules/broken']);
    expect(paths('^20.19.0 || ^22.13.0 || >=24')).to.deep.equal(['node_modules/content-type', 'node_modules/broken']);
    expect(paths('>=24')).to.deep.equal(['node_modules/broken']);
  });
});
