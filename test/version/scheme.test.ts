import { expect } from 'chai';
import fc from 'fast-check';
import semver from 'semver';
import { CHANNELS } from '../../src/model/types.js';
import type { Channel } from '../../src/model/types.js';
import { OCI_TAG_PATTERN, checkBuildCoordinates, computeBuildVersions } from '../../src/version/scheme.js';
import type { BuildCoordinates } from '../../src/version/scheme.js';
import { arbJob } from './arbitraries.js';
import { mastermindsCompare, mastermindsStrictValid } from './masterminds.js';

const hex = '0123456789abcdef'.split('');
const arbSha = fc.oneof(
  fc.string({ unit: fc.constantFrom(...hex), minLength: 7, maxLength: 40 }),
  // All-digit shas, often with a leading zero: the case that breaks naive schemes.
  fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: 7, maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...hex), minLength: 6, maxLength: 39 }).map((s) => '0' + s),
);
const arbVersion = fc.tuple(fc.nat(999), fc.nat(999), fc.nat(9999)).map(([a, b, c]) => `${a}.${b}.${c}`);
const arbBuild = fc.nat(1_000_000);
const arbChannel = fc.constantFrom<Channel>(...CHANNELS);
const arbModule = fc.stringMatching(/^[a-z]([a-z0-9-]{0,20}[a-z0-9])?$/);
const arbCoordinates = fc.record<BuildCoordinates>({ module: arbModule, version: arbVersion, channel: arbChannel, job: arbJob, build: arbBuild, sha: arbSha });
const STAGING = { branch: 'staging' };

const chartVersionOf = (c: BuildCoordinates) => computeBuildVersions(c).chartVersion;
/** semver.compare and Masterminds must agree, and give the expected sign. */
function expectOrder(lower: string, higher: string): void {
  expect(semver.compare(lower, higher), `${lower} < ${higher} (semver)`).to.equal(-1);
  expect(mastermindsCompare(lower, higher), `${lower} < ${higher} (Masterminds)`).to.equal(-1);
}

describe('version scheme', () => {
  it('gives the documented versions for a beta build with a leading-zero sha', () => {
    expect(computeBuildVersions({ module: 'auth', version: '3.1.0', channel: 'beta', job: STAGING, build: 42, sha: '0123abc' })).to.deep.equal({
      module: 'auth', version: '3.1.0', channel: 'beta', job: 'staging', build: 42, sha: '0123abc',
      imageTag: '3.1.0-beta.staging.42.g0123abc', chartVersion: '3.1.0-beta.staging.42.g0123abc',
      appVersion: 'auth-3-1-0-0123abc', releaseId: 'auth-3-1-0-0123abc',
    });
  });

  it('keeps an all-digit sha with a leading zero valid SemVer', () => {
    const chartVersion = chartVersionOf({ module: 'config-service', version: '2.4.1', channel: 'stable', job: { pullRequest: 34 }, build: 0, sha: '0123456' });
    expect(chartVersion).to.equal('2.4.1-stable.PR34.0.g0123456');
    expect(semver.valid(chartVersion)).to.equal(chartVersion);
    expect(mastermindsStrictValid(chartVersion)).to.equal(true);
    expect(mastermindsStrictValid('2.4.1-stable.0.0123456'), 'the oracle rejects the naive form').to.equal(false);
  });

  it('makes every chart version strict SemVer without leading-zero numeric identifiers or build metadata', () => {
    fc.assert(fc.property(arbCoordinates, (c) => {
      const v = chartVersionOf(c);
      expect(semver.valid(v), v).to.equal(v);
      expect(mastermindsStrictValid(v), v).to.equal(true);
      expect(v).not.to.contain('+');
      const identifiers = v.split(/[.-]/);
      expect(identifiers.filter((id) => /^0\d+$/.test(id)), v).to.deep.equal([]);
      expect(semver.prerelease(v)?.[0]).to.equal(c.channel);
    }));
  });

  it('makes every image tag a valid OCI tag', () => {
    fc.assert(fc.property(arbCoordinates, (c) => {
      expect(computeBuildVersions(c).imageTag).to.match(OCI_TAG_PATTERN);
    }));
  });

  it('orders alpha < beta < stable for one version, whatever the jobs, builds and shas', () => {
    fc.assert(fc.property(arbVersion, fc.array(fc.tuple(arbJob, arbBuild, arbSha), { minLength: 3, maxLength: 3 }), (version, builds) => {
      const [alpha, beta, stable] = CHANNELS.slice().reverse().map((channel, i) => {
        const [job, build, sha] = builds[i] ?? [STAGING, 0, '0000000'];
        return chartVersionOf({ module: 'm', version, channel, job, build, sha });
      }) as [string, string, string];
      expectOrder(alpha, beta);
      expectOrder(beta, stable);
      expectOrder(stable, version);
    }));
  });

  it('orders a later build of a job above an earlier one', () => {
    fc.assert(fc.property(arbVersion, arbChannel, arbJob, arbBuild, fc.integer({ min: 1, max: 1000 }), arbSha, arbSha, (version, channel, job, build, step, sha1, sha2) => {
      const earlier = chartVersionOf({ module: 'm', version, channel, job, build, sha: sha1 });
      const later = chartVersionOf({ module: 'm', version, channel, job, build: build + step, sha: sha2 });
      expectOrder(earlier, later);
    }));
  });

  it('orders every build of a version above every build of a lower version', () => {
    fc.assert(fc.property(arbCoordinates, arbCoordinates, (a, b) => {
      fc.pre(semver.lt(a.version, b.version));
      expectOrder(chartVersionOf(a), chartVersionOf(b));
    }));
  });

  it('gives different builds different chart versions (immutability)', () => {
    fc.assert(fc.property(arbCoordinates, arbCoordinates, (a, b) => {
      fc.pre(a.version !== b.version || a.channel !== b.channel || a.build !== b.build || a.sha !== b.sha || JSON.stringify(a.job) !== JSON.stringify(b.job));
      expect(chartVersionOf(a)).not.to.equal(chartVersionOf(b));
    }));
  });

  it('gives build 42 of every kind of branch job, on one commit and channel, its own version', () => {
    // The jobs a module's multibranch project has (test/harness/scenarios.ts BRANCH_CASES), and
    // the names that would collide under a careless encoding.
    const jobs = [
      { branch: 'feature/x' }, { branch: 'bugfix/y' }, { branch: 'staging' }, { pullRequest: 34 }, { pullRequest: 12 }, { branch: 'master' },
      { branch: 'feature-x' }, { branch: 'Feature/x' }, { branch: 'PR34' }, { branch: 'pr34' }, { branch: '34' }, { branch: 'feature/x.y' }, { branch: 'feature/x_y' },
    ];
    const versions = jobs.map((job) => chartVersionOf({ module: 'auth', version: '3.1.0', channel: 'stable', job, build: 42, sha: '0123abc' }));
    expect(new Set(versions).size, versions.join('\n')).to.equal(jobs.length);
    expect(versions.slice(2, 4)).to.deep.equal(['3.1.0-stable.staging.42.g0123abc', '3.1.0-stable.PR34.42.g0123abc']);
  });

  it('keeps the release id verbatim in appVersion', () => {
    fc.assert(fc.property(arbCoordinates, (c) => {
      const v = computeBuildVersions(c);
      expect(v.appVersion).to.equal(v.releaseId);
      expect(v.releaseId).to.equal(`${c.module}-${c.version.replaceAll('.', '-')}-${c.sha}`);
    }));
  });

  const invalid: [string, Partial<BuildCoordinates>, RegExp][] = [
    ['a prerelease module version', { version: '1.0.0-rc.1' }, /MAJOR\.MINOR\.PATCH/],
    ['a leading-zero module version', { version: '01.0.0' }, /MAJOR\.MINOR\.PATCH/],
    ['a negative build', { build: -1 }, /non-negative integer/],
    ['a fractional build', { build: 1.5 }, /non-negative integer/],
    ['a short sha', { sha: 'abc12' }, /7 to 40/],
    ['a non-hex sha', { sha: 'abcdefg' }, /7 to 40/],
    ['an upper-case sha', { sha: 'ABCDEF0' }, /lower-case/],
    ['pull request 0', { job: { pullRequest: 0 } }, /positive integer/],
    ['an empty branch', { job: { branch: '' } }, /must not be empty/],
    ['a version too long to leave the job room in a tag', { version: '9007199254740991.9007199254740991.9007199254740991' }, /leaves no room for the job/],
  ];
  for (const [name, change, message] of invalid) {
    it(`rejects ${name}`, () => {
      const c = { module: 'auth', version: '3.1.0', channel: 'beta' as const, job: STAGING, build: 1, sha: 'abcdef0', ...change };
      expect(checkBuildCoordinates(c).join('\n')).to.match(message);
      expect(() => computeBuildVersions(c)).to.throw(message);
    });
  }
});
