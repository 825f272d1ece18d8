// The fixture corpus: every valid file validates cleanly; every invalid file gives exactly the
// listed diagnostics (code, line, column), in this order.
import { expect } from 'chai';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadProject } from '../../src/app/load-project.js';
import { DEFAULT_CONFIG } from '../../src/util/paths.js';
import { FIXTURES } from './helpers.js';

type Expected = [code: string, line: number, column: number][];

const INVALID: Record<string, Expected> = {
  'yaml-unclosed-quote.yaml': [['GH100', 7, 21]],
  'yaml-tab-indent.yaml': [['GH109', 53, 1]],
  'yaml-bad-indent.yaml': [['GH109', 33, 5]],
  'yaml-multiple-documents.yaml': [['GH100', 44, 1]],
  'yaml-duplicate-key.yaml': [['GH101', 34, 3]],
  'yaml-alias-bomb.yaml': [['GH102', 3, 8]],
  'yaml-unknown-tag.yaml': [['GH105', 3, 9]],
  'yaml-empty.yaml': [['GH104', 1, 1]],
  'unknown-key-top.yaml': [['GH201', 2, 1], ['GH200', 44, 1]],
  'unknown-key-module.yaml': [['GH200', 50, 5]],
  'unknown-key-skip-guarded-stage.yaml': [['GH200', 57, 7]],
  'missing-key.yaml': [['GH201', 45, 3]],
  'wrong-type-empty-value.yaml': [['GH202', 35, 5]],
  'wrong-type-number-version.yaml': [['GH202', 54, 14]],
  'wrong-type-scalar-for-list.yaml': [['GH202', 50, 16]],
  'enum-stage.yaml': [['GH203', 25, 44]],
  'enum-weekday.yaml': [['GH203', 31, 19]],
  'pattern-approver-role-name.yaml': [['GH204', 35, 5]],
  'pattern-image-without-tag.yaml': [['GH204', 12, 11]],
  'pattern-time.yaml': [['GH204', 32, 15]],
  'pattern-folder-path.yaml': [['GH204', 9, 22]],
  'pattern-config-repository.yaml': [['GH204', 5, 21]],
  'range-coverage.yaml': [['GH205', 38, 32]],
  'range-port.yaml': [['GH205', 57, 13]],
  'empty-stage-list.yaml': [['GH206', 25, 26]],
  'skip-reason-too-short.yaml': [['GH206', 57, 25]],
  'duplicate-list-item.yaml': [['GH207', 31, 39]],
  'unknown-dependency.yaml': [['GH300', 50, 17]],
  'cycle-two-modules.yaml': [['GH301', 56, 17]],
  'cycle-three-modules.yaml': [['GH301', 62, 17]],
  'cycle-two-separate.yaml': [['GH301', 62, 17], ['GH301', 74, 17]],
  'self-dependency.yaml': [['GH302', 56, 17]],
  'duplicate-module.yaml': [['GH303', 51, 3]],
  'semver-not-three-parts.yaml': [['GH304', 54, 14]],
  'semver-leading-v.yaml': [['GH304', 48, 14]],
  'semver-prerelease.yaml': [['GH304', 48, 14]],
  'unsafe-module-name.yaml': [['GH305', 51, 3]],
  'unsafe-module-name-too-long.yaml': [['GH305', 51, 3]],
  'unsafe-environment-name.yaml': [['GH306', 17, 3]],
  'unsafe-namespace.yaml': [['GH306', 17, 25]],
  'undefined-environment-branch-flow.yaml': [['GH307', 27, 27]],
  'undefined-environment-module.yaml': [['GH307', 57, 7]],
  'undefined-approver-role.yaml': [['GH308', 22, 22]],
  'shared-namespace-same-environment.yaml': [['GH309', 27, 27]],
  'shared-namespace-two-environments.yaml': [['GH309', 27, 27]],
  'production-without-approvals.yaml': [['GH310', 21, 5]],
  'chart-repository-collision.yaml': [['GH311', 6, 25]],
  'skip-without-effect.yaml': [['GH312', 57, 7]],
  'allow-impossible-date.yaml': [['GH313', 45, 18]],
  'stage-without-environment.yaml': [['GH314', 26, 3]],
  'ingress-without-host.yaml': [['GH315', 57, 18]],
  'unknown-time-zone.yaml': [['GH316', 30, 13]],
  'go-no-go-after-release.yaml': [['GH317', 32, 15]],
  'channels-out-of-order.yaml': [['GH318', 38, 32]],
  'channels-out-of-order-module.yaml': [['GH318', 58, 33]],
  'approver-role-without-submitters.yaml': [['GH319', 35, 5]],
  'promote-without-blessed-build.yaml': [['GH320', 28, 77]],
  'stage-without-prerequisite.yaml': [['GH321', 26, 94]],
  'stage-without-prerequisites-several.yaml': [['GH321', 26, 138], ['GH321', 27, 62], ['GH321', 27, 62]],
  'unsafe-module-name-digit.yaml': [['GH305', 51, 3]],
  'ingress-host-claimed-twice.yaml': [['GH331', 52, 39], ['GH331', 59, 39], ['GH331', 64, 26]],
  'autoscaling-min-above-max.yaml': [['GH332', 60, 37]],
  'request-above-limit.yaml': [['GH333', 53, 26], ['GH333', 53, 41]],
  'budget-min-available-zero.yaml': [['GH334', 52, 44]],
  'privileged-port.yaml': [['GH335', 53, 13]],
  'volume-mount-collision.yaml': [['GH336', 54, 31], ['GH336', 55, 31]],
  'worker-without-command-probe.yaml': [['GH337', 57, 17], ['GH337', 57, 17], ['GH337', 60, 27]],
  'lone-surrogate.yaml': [['GH330', 46, 18], ['GH307', 57, 7], ['GH330', 57, 7]],
  'shared-repository.yaml': [['GH361', 53, 17]],
  'release-branch-without-placeholder.yaml': [['GH362', 37, 17]],
  'bump-label-twice.yaml': [['GH363', 37, 60]],
  'sync-branch-built.yaml': [['GH364', 4, 97]],
  'several-problems.yaml': [['GH308', 22, 22], ['GH300', 50, 17], ['GH302', 50, 23], ['GH304', 54, 14]],
};

const VALID = [DEFAULT_CONFIG, ...readdirSync(join(FIXTURES, 'valid')).map((name) => join(FIXTURES, 'valid', name))];

describe('config: fixture corpus', () => {
  describe('valid files', () => {
    for (const path of VALID) {
      it(`${path.slice(path.lastIndexOf('/') + 1)} has no diagnostics and builds a plan`, async () => {
        const project = await loadProject(path);
        expect(project.diagnostics).to.deep.equal([]);
        expect(project.model?.modules.length).to.be.greaterThan(1);
        expect(project.plan).to.not.equal(undefined);
      });
    }
  });

  describe('invalid files', () => {
    it('every file in test/fixtures/invalid is in the table and vice versa', () => {
      const files = readdirSync(join(FIXTURES, 'invalid')).filter((name) => name.endsWith('.yaml')).sort();
      expect(files).to.deep.equal(Object.keys(INVALID).sort());
      expect(files.length).to.be.at.least(30);
    });

    for (const [name, expected] of Object.entries(INVALID)) {
      it(`${name}: ${expected.map(([code, line, column]) => `${code} at ${line}:${column}`).join(', ')}`, async () => {
        const project = await loadProject(join(FIXTURES, 'invalid', name), name);
        const got = project.diagnostics.map((d) => [d.code, d.line, d.column]);
        expect(got).to.deep.equal(expected);
        expect(project.diagnostics.every((d) => d.file === name)).to.equal(true);
        const onlyWarnings = expected.every(([code]) => code === 'GH312');
        expect(project.model === undefined).to.equal(!onlyWarnings);
      });
    }
  });

  it('an unreadable file is GH001 without a position', async () => {
    const project = await loadProject(join(FIXTURES, 'does-not-exist.yaml'), 'missing.yaml');
    expect(project.diagnostics).to.deep.equal([
      { code: 'GH001', severity: 'error', message: 'cannot read missing.yaml: file not found', file: 'missing.yaml', path: '' },
    ]);
  });
});
