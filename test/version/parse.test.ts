import { expect } from 'chai';
import fc from 'fast-check';
import { CHANNELS } from '../../src/model/types.js';
import { parseChartVersion, parseReleaseId } from '../../src/version/parse.js';
import { jobIdentifier } from '../../src/version/job.js';
import { computeBuildVersions } from '../../src/version/scheme.js';
import { arbJob } from './arbitraries.js';

const hex = '0123456789abcdef'.split('');
const arbCoordinates = fc.record({
  module: fc.stringMatching(/^[a-z]([a-z0-9-]{0,40}[a-z0-9])?$/),
  version: fc.tuple(fc.nat(999), fc.nat(999), fc.nat(999)).map(([a, b, c]) => `${a}.${b}.${c}`),
  channel: fc.constantFrom(...CHANNELS),
  job: arbJob,
  build: fc.nat(),
  sha: fc.oneof(
    fc.string({ unit: fc.constantFrom(...hex), minLength: 7, maxLength: 40 }),
    fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: 7, maxLength: 40 }),
  ),
});

describe('version parsing', () => {
  it('reads a release id back into module, version and sha (module names contain dashes)', () => {
    expect(parseReleaseId('config-service-2-4-1-0123abc')).to.deep.equal({ module: 'config-service', version: '2.4.1', sha: '0123abc' });
    expect(parseReleaseId('a-1-2-3-4-5-6-0123456')).to.deep.equal({ module: 'a-1-2-3', version: '4.5.6', sha: '0123456' });
  });

  it('round-trips every release id', () => {
    fc.assert(fc.property(arbCoordinates, (c) => {
      const { releaseId } = computeBuildVersions(c);
      expect(parseReleaseId(releaseId)).to.deep.equal({ module: c.module, version: c.version, sha: c.sha });
    }));
  });

  it('round-trips every chart version', () => {
    fc.assert(fc.property(arbCoordinates, (c) => {
      const { chartVersion, job } = computeBuildVersions(c);
      expect(parseChartVersion(chartVersion)).to.deep.equal({ version: c.version, channel: c.channel, job, build: c.build, sha: c.sha });
      if (job.length < 40) expect(job).to.equal(jobIdentifier(c.job));
    }));
  });

  const badIds = ['auth-3-1-0', 'auth-3-1-0-xyz1234', '-3-1-0-0123abc', 'auth-03-1-0-0123abc', 'Auth-3-1-0-0123abc', 'auth-3-1-0-0123ab'];
  for (const id of badIds) {
    it(`rejects the release id ${id}`, () => {
      expect(parseReleaseId(id)).to.equal(undefined);
    });
  }

  const badVersions = [
    '3.1.0', '3.1.0-gamma.staging.1.g0123abc', '3.1.0-beta.staging.01.g0123abc', '3.1.0-beta.staging.1.0123abc',
    '3.1.0-beta.staging.1.g0123abc+x', '3.1.0-beta.1.g0123abc', '3.1.0-beta.12.1.g0123abc', '3.1.0-beta.st_ag.1.g0123abc',
  ];
  for (const version of badVersions) {
    it(`rejects the chart version ${version}`, () => {
      expect(parseChartVersion(version)).to.equal(undefined);
    });
  }
});
