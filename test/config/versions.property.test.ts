// versionProblem recognises a plain MAJOR.MINOR.PATCH without semver (versions.ts): on any text
// it must answer exactly what asking semver alone answered (the implementation before).
import { expect } from 'chai';
import fc from 'fast-check';
import parse from 'semver/functions/parse.js';
import { versionProblem } from '../../src/config/rules/versions.js';
import { propertyParameters, propertyRuns } from '../property-runs.js';

/** The rule as it was, semver only. */
function semverOnlyProblem(version: string): string | undefined {
  const parsed = parse(version);
  if (parsed === null || parsed.version !== version) return 'is not a semantic version MAJOR.MINOR.PATCH';
  if (parsed.prerelease.length > 0 || parsed.build.length > 0) return 'has a pre-release or build part; gatehouse adds those per build';
  return undefined;
}

describe('config: module versions without semver (property)', () => {
  it('gives what semver alone gave, on versions, near-versions and numbers at the edge of the safe range', () => {
    const number = fc.oneof(
      fc.nat().map(String),
      fc.constantFrom('0', '00', '01', '9007199254740991', '9007199254740992', '99999999999999999999', ''),
      fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String),
    );
    const decoration = fc.constantFrom('', 'v', '=', ' ', '-rc.1', '+b5', '-0', '.', 'a', '\n');
    const version = fc
      .tuple(decoration, number, number, number, decoration, fc.boolean())
      .map(([before, major, minor, patch, after, twoParts]) => (twoParts ? `${before}${major}.${minor}${after}` : `${before}${major}.${minor}.${patch}${after}`));
    const anyText = fc.string({ unit: fc.constantFrom('0', '1', '9', '.', '-', '+', 'v', ' ', 'x'), maxLength: 12 });
    fc.assert(
      fc.property(fc.oneof(version, anyText), (text) => {
        expect(versionProblem(text), JSON.stringify(text)).to.equal(semverOnlyProblem(text));
      }),
      propertyParameters(propertyRuns() * 5),
    );
  });

  it('tells a plain version from the rest at the edges it checks itself', () => {
    expect(versionProblem('9007199254740991.0.0')).to.equal(undefined);
    expect(versionProblem('9007199254740992.0.0')).to.equal('is not a semantic version MAJOR.MINOR.PATCH');
    expect(versionProblem('1.02.3')).to.equal('is not a semantic version MAJOR.MINOR.PATCH');
    expect(versionProblem('1.2.3-rc.1')).to.equal('has a pre-release or build part; gatehouse adds those per build');
  });
});
