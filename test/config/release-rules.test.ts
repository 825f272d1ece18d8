// The release train's keys in modules.yaml: freeze dates (GH350-GH352, GH355), the vote's cancel
// roles and voters (GH353, GH354), the train-mode master build (GH356), and the defaults the model applies.
import { expect } from 'chai';
import { parse } from 'yaml';
import type { RawConfig } from '../../src/config/types.js';
import { buildModel } from '../../src/model/build.js';
import { minimalWith, readFixture, validateText } from './helpers.js';

const RELEASE_TIME = "  releaseTime: '17:00'\n";

/** minimal.yaml with lines added after release.releaseTime (line 33), so positions are predictable. */
function withRelease(lines: string): string {
  return minimalWith(RELEASE_TIME, RELEASE_TIME + lines);
}

/** [code, line, column] of every diagnostic. */
function problems(text: string): [string, number, number][] {
  return validateText(text).diagnostics.map((d) => [d.code, d.line ?? 0, d.column ?? 0]);
}

describe('config: release train keys', () => {
  const freezeCases: [string, string, [string, number, number][]][] = [
    ['a single day', "  freeze: [{ date: '2026-12-25', reason: Christmas }]\n", []],
    ['a range', "  freeze:\n    - { from: '2026-12-24', to: '2027-01-01', reason: Year end }\n", []],
    ['a day that does not exist', "  freeze: [{ date: '2026-02-30', reason: Nope }]\n", [['GH350', 34, 20]]],
    ['both ends impossible', "  freeze:\n    - { from: '2026-13-01', to: '2026-12-32', reason: Nope }\n", [['GH350', 35, 15], ['GH350', 35, 33]]],
    ['a range that ends before it starts', "  freeze:\n    - { from: '2027-01-01', to: '2026-12-24', reason: Year end }\n", [['GH351', 35, 33]]],
    ['a date and a range', "  freeze:\n    - { date: '2026-12-24', from: '2026-12-24', to: '2026-12-25', reason: Both }\n", [['GH352', 35, 29]]],
    ['half a range', "  freeze:\n    - { from: '2026-12-24', reason: Half }\n", [['GH352', 35, 9]]],
    ['no date at all', '  freeze:\n    - { reason: Nothing }\n', [['GH352', 35, 7]]],
    ['only a weekend (warning)', "  freeze: [{ from: '2026-12-26', to: '2026-12-27', reason: Weekend }]\n", [['GH355', 34, 12]]],
    ['a malformed date (schema)', "  freeze: [{ date: '24.12.2026', reason: Format }]\n", [['GH204', 34, 20]]],
    ['a reason too short (schema)', "  freeze: [{ date: '2026-12-24', reason: x }]\n", [['GH206', 34, 42]]],
  ];
  for (const [name, lines, want] of freezeCases) {
    it(`freeze: ${name}`, () => expect(problems(withRelease(lines))).to.deep.equal(want));
  }

  it('accepts a weekend freeze when the train runs on weekends', () => {
    const text = withRelease("  freeze: [{ from: '2026-12-26', to: '2026-12-27', reason: Weekend }]\n").replace('weekdays: [mon, tue, wed, thu, fri]', 'weekdays: [sat]');
    expect(problems(text)).to.deep.equal([]);
  });

  it('rejects a cancel role that is not defined, or defined but not voting, with a hint', () => {
    const undefinedRole = validateText(withRelease('  vote: { cancelRoles: [sr] }\n')).diagnostics;
    expect(undefinedRole.map((d) => [d.code, d.line, d.column, d.hint])).to.deep.equal([['GH353', 34, 25, 'did you mean "sre"?']]);
    const notVoting = withRelease('  vote: { cancelRoles: [qa] }\n').replace(
      "    sre: { description: Site reliability engineering., submitters: [sre-team] }\n",
      "    sre: { description: Site reliability engineering., submitters: [sre-team] }\n    qa: { description: Quality., submitters: [qa-team] }\n",
    );
    const found = validateText(notVoting).diagnostics;
    expect(found.map((d) => d.code)).to.deep.equal(['GH353']);
    expect(found[0]?.message).to.contain('does not vote in the train (not in the approvals of production)');
  });

  it('needs somewhere to release to and someone to vote in train mode, not in continuous mode', () => {
    const noEnvironment = readFixture('valid', 'minimal.yaml')
      .replace('master: { branches: [master], environment: production, stages: [checkout, promote, approve, deploy] }', 'master: { branches: [master], stages: [checkout] }');
    expect(problems(noEnvironment)).to.deep.equal([['GH354', 28, 3]]);
    expect(problems(noEnvironment.replace(RELEASE_TIME, RELEASE_TIME + '  mode: continuous\n'))).to.deep.equal([]);
    // A production environment without approvals is GH310 only: one mistake, one message.
    const noApprovals = readFixture('valid', 'minimal.yaml').replace('    approvals: [sre]\n', '');
    expect(problems(noApprovals).map(([code]) => code)).to.deep.equal(['GH310']);
  });

  it('needs a master build that promotes in train mode (GH356), not in continuous mode', () => {
    const building = readFixture('valid', 'minimal.yaml')
      .replace('stages: [checkout, promote, approve, deploy] }', 'stages: [checkout, build, unitTests, scan, qualityGate, pushImage, publishChart, deploy] }');
    const found = validateText(building).diagnostics;
    expect(found.map((d) => [d.code, d.line, d.column])).to.deep.equal([['GH356', 28, 66]]);
    expect(found[0]?.hint).to.equal('add promote to branchFlow.master.stages (after checkout), or set release.mode: continuous');
    expect(problems(building.replace(RELEASE_TIME, RELEASE_TIME + '  mode: continuous\n'))).to.deep.equal([]);
  });

  it('applies the defaults: train mode, no freeze, sre cancels when it votes, 30 minutes of load test in the CLI image', () => {
    const model = buildModel(parse(withRelease('  loadTest: { command: ./load.sh, report: load.html }\n')) as RawConfig);
    expect(model.release.mode).to.equal('train');
    expect(model.release.freeze).to.deep.equal([]);
    expect(model.release.vote.cancelRoles).to.deep.equal(['sre']);
    expect(model.release.loadTest).to.deep.equal({ command: './load.sh', report: 'load.html', image: 'acme/gatehouse-cli:0.1.0', timeoutMinutes: 30 });
    const noSre = parse(minimalWith('approvals: [sre]', 'approvals: [ops]').replace('    sre: {', '    ops: {')) as RawConfig;
    expect(buildModel(noSre).release.vote.cancelRoles).to.deep.equal([]);
    expect(buildModel(noSre).release.loadTest).to.equal(undefined);
  });

  it('turns a one-day freeze into a range of one day, keeping the order written', () => {
    const model = buildModel(parse(withRelease("  freeze:\n    - { date: '2026-11-09', reason: Diwali }\n    - { from: '2026-12-24', to: '2027-01-01', reason: Year end }\n")) as RawConfig);
    expect(model.release.freeze).to.deep.equal([
      { from: '2026-11-09', to: '2026-11-09', reason: 'Diwali' },
      { from: '2026-12-24', to: '2027-01-01', reason: 'Year end' },
    ]);
  });
});
