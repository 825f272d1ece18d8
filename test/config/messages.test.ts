// The words users read: messages and hints of the most common mistakes, the cycle path.
import { expect } from 'chai';
import { readFixture, validateText, minimalWith } from './helpers.js';

function only(text: string) {
  const { diagnostics } = validateText(text);
  expect(diagnostics).to.have.length(1);
  return diagnostics[0] ?? expect.fail('no diagnostic');
}

describe('config: messages and hints', () => {
  it('an unknown key names the closest known key', () => {
    const d = only(readFixture('invalid', 'unknown-key-module.yaml'));
    expect(d.message).to.equal('unknown key "dependOn" in modules.api');
    expect(d.hint).to.equal('did you mean "dependsOn"?');
    expect(d.path).to.equal('/modules/api/dependOn');
  });

  it('an unknown key with nothing close lists the known keys', () => {
    const d = only(readFixture('invalid', 'unknown-key-skip-guarded-stage.yaml'));
    expect(d.hint).to.equal('known keys here: integrationTests, smokeTests');
  });

  it('a YAML merge key is explained, not just called unknown', () => {
    const text = minimalWith('  staging: { namespace: staging, clusterCredentialsId: kube-nonprod }', '  staging: &base { namespace: staging, clusterCredentialsId: kube-nonprod }\n  extra:\n    <<: *base');
    const diagnostics = validateText(text).diagnostics;
    // The merge is not applied, so the required keys are missing too: said at the mapping's key.
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).to.deep.equal([['GH201', 17, 3], ['GH201', 17, 3], ['GH200', 18, 5]]);
    const d = diagnostics[2] ?? expect.fail('no GH200');
    expect(d.message).to.equal('unknown key "<<" in environments.extra');
    expect(d.hint).to.equal('YAML merge keys (<<) are not supported; write the keys out');
  });

  it('a misspelt stage id names the closest stage', () => {
    const d = only(readFixture('invalid', 'enum-stage.yaml'));
    expect(d.message).to.match(/^"unitTest" is not allowed in branchFlow.pullRequest.stages\[2\]; allowed: checkout, build, /);
    expect(d.hint).to.equal('did you mean "unitTests"?');
  });

  it('an unknown dependency names the closest module', () => {
    const d = only(readFixture('invalid', 'unknown-dependency.yaml'));
    expect(d.message).to.equal('module "api" depends on "stor", which is not a module');
    expect(d.hint).to.equal('did you mean "store"?');
    expect(d.path).to.equal('/modules/api/dependsOn/0');
  });

  it('an unknown environment names the closest environment, or lists them', () => {
    expect(only(readFixture('invalid', 'undefined-environment-branch-flow.yaml')).hint).to.equal('did you mean "preprod"?');
    expect(only(readFixture('invalid', 'undefined-environment-module.yaml')).hint).to.equal('defined environments: staging, preprod, production');
  });

  it('an undefined approver role lists the defined roles', () => {
    const d = only(readFixture('invalid', 'undefined-approver-role.yaml'));
    expect(d.message).to.equal('environment "production" requires approval by "qa", which is not a role in release.approvers');
    expect(d.hint).to.equal('defined roles: sre');
  });

  it('a cycle is reported once with its whole path in file order and the line of every edge', () => {
    expect(only(readFixture('invalid', 'cycle-two-modules.yaml')).message).to.equal('dependency cycle: api -> store -> api (api -> store on line 50, store -> api on line 56)');
    expect(only(readFixture('invalid', 'cycle-three-modules.yaml')).message).to.equal(
      'dependency cycle: auth -> user-profile -> editor -> auth (auth -> user-profile on line 50, user-profile -> editor on line 56, editor -> auth on line 62)',
    );
    const two = validateText(readFixture('invalid', 'cycle-two-separate.yaml')).diagnostics.map((d) => d.message.replace(/ \(.*/, ''));
    expect(two).to.deep.equal(['dependency cycle: auth -> user-profile -> editor -> auth', 'dependency cycle: api -> store -> api']);
  });

  it('a cycle points at the edge that closes it as the file reads, whatever the names sort like', () => {
    // store comes first in the file and depends on api, whose later dependsOn closes the circle.
    const text = minimalWith('    lead: bob', '    lead: bob\n    dependsOn: [api]').replace(/ {2}api:\n([\s\S]*?)( {2}store:\n[\s\S]*?dependsOn: \[api\]\n)/, '$2  api:\n$1');
    const d = only(text);
    expect(d.message).to.equal('dependency cycle: store -> api -> store (store -> api on line 50, api -> store on line 56)');
    expect([d.line, d.column, d.path]).to.deep.equal([56, 17, '/modules/api/dependsOn/0']);
  });

  it('a number where a string is expected says to quote it, and in full when quoting alone would not do', () => {
    const d = only(readFixture('invalid', 'wrong-type-number-version.yaml'));
    expect(d.message).to.equal('modules.store.version must be a string, not a number');
    expect(d.hint).to.equal('write it quoted and in full, e.g. "2.4.1": YAML reads unquoted 0.1 as a number, and "0.1" would still not be valid (a module version is MAJOR.MINOR.PATCH)');
    expect(only(minimalWith('description: The store.', 'description: 42')).hint).to.equal('quote it: YAML reads unquoted 42 as a number');
  });

  it('a version with a leading v suggests the plain version', () => {
    const d = only(readFixture('invalid', 'semver-leading-v.yaml'));
    expect(d.message).to.equal('module "api": version "v1.0.0" is not a semantic version MAJOR.MINOR.PATCH');
    expect(d.hint).to.equal('write "1.0.0"');
  });

  it('an unsafe module name suggests a safe one', () => {
    const d = only(readFixture('invalid', 'unsafe-module-name.yaml'));
    expect(d.message).to.equal('module name "Store_Service" contains "S", "_"; only lowercase letters, digits and "-" are allowed');
    expect(d.hint).to.equal('use a DNS-1123 label (lowercase letters, digits, "-"; at most 53 characters), e.g. "store-service"');
  });

  it('a malformed value shows an example from the schema', () => {
    const d = only(readFixture('invalid', 'pattern-image-without-tag.yaml'));
    expect(d.message).to.equal('project.agents.helm is "alpine/k8s", which is not valid: container image reference with a pinned tag or digest');
    expect(d.hint).to.equal('for example "moby/buildkit:v0.17.3-rootless"');
  });

  it('the chart repository collision suggests a separate namespace', () => {
    expect(only(readFixture('invalid', 'chart-repository-collision.yaml')).hint).to.equal('use a separate namespace, e.g. "oci://registry-1.docker.io/acme-charts"');
  });

  it('a tab used for indentation says so', () => {
    expect(only(readFixture('invalid', 'yaml-tab-indent.yaml')).hint).to.equal('indent with spaces; YAML does not allow tabs for indentation');
  });

  it('an unclosed quote is reported where it opens, not where the file ends up', () => {
    const d = only(readFixture('invalid', 'yaml-unclosed-quote.yaml'));
    expect([d.line, d.column, d.message, d.hint]).to.deep.equal([7, 21, 'the single quote that starts here is never closed', "add the closing ' at the end of the value"]);
  });

  it('a duplicated key names the line of the first one', () => {
    expect(only(readFixture('invalid', 'yaml-duplicate-key.yaml')).message).to.equal('duplicate key "goNoGoTime" (first on line 32); YAML would keep only one');
  });

  it('the same problem in several places is reported at each place, each once', () => {
    const text = minimalWith('stages: [checkout, build, unitTests] }\n  pullRequest: { stages: [checkout, build, unitTests] }', 'stages: [checkout, build, unitTest] }\n  pullRequest: { stages: [checkout, build, unitTest] }');
    const diagnostics = validateText(text).diagnostics;
    expect(diagnostics.map((d) => d.path)).to.deep.equal(['/branchFlow/feature/stages/2', '/branchFlow/pullRequest/stages/2']);
  });

  it('semantic rules wait for the schema: a typo elsewhere hides them instead of cascading', () => {
    const text = minimalWith('    dependsOn: [store]', '    dependsOn: [stor]\n    colour: blue');
    expect(validateText(text).diagnostics.map((d) => d.code)).to.deep.equal(['GH200']);
  });

  it('an alias bomb is stopped, not expanded', () => {
    const started = process.hrtime.bigint();
    const d = only(readFixture('invalid', 'yaml-alias-bomb.yaml'));
    expect(d.code).to.equal('GH102');
    expect(Number(process.hrtime.bigint() - started)).to.be.below(5e9);
  });

  it('a few honest aliases are fine', () => {
    const text = minimalWith("  staging: { namespace: staging, clusterCredentialsId: kube-nonprod }", "  staging: { namespace: staging, clusterCredentialsId: &nonprod kube-nonprod }").replace('preprod, clusterCredentialsId: kube-nonprod', 'preprod, clusterCredentialsId: *nonprod');
    expect(validateText(text).diagnostics).to.deep.equal([]);
  });
});
