// Rule helpers whose edge cases the fixtures do not reach.
import { expect } from 'chai';
import { isCalendarDate } from '../../src/util/calendar.js';
import { dnsLabelProblem, toDnsLabel } from '../../src/config/rules/dns-label.js';
import { minimalWith, validateText } from './helpers.js';

describe('config: rule helpers', () => {
  it('knows the calendar', () => {
    expect(['2028-02-29', '2027-12-31', '2000-02-29', '2027-01-01'].map(isCalendarDate)).to.deep.equal([true, true, true, true]);
    expect(['2027-02-29', '1900-02-29', '2027-13-01', '2027-00-10', '2027-04-31', '2027-1-1'].map(isCalendarDate)).to.deep.equal([false, false, false, false, false, false]);
  });

  it('says why a name is not a DNS-1123 label', () => {
    expect(dnsLabelProblem('auth', 53)).to.equal(undefined);
    expect(dnsLabelProblem('a', 53)).to.equal(undefined);
    expect(dnsLabelProblem('-auth', 53)).to.equal('must start and end with a letter or digit');
    expect(dnsLabelProblem('auth-', 53)).to.equal('must start and end with a letter or digit');
    expect(dnsLabelProblem('Auth', 53)).to.equal('contains uppercase letters');
    expect(dnsLabelProblem('a.b', 53)).to.equal('contains "."; only lowercase letters, digits and "-" are allowed');
    expect(dnsLabelProblem('x'.repeat(53), 53)).to.equal(undefined);
    expect(dnsLabelProblem('x'.repeat(64), 63)).to.equal('is 64 characters long (at most 63)');
    expect(toDnsLabel('My_Service.v2', 53)).to.equal('my-service-v2');
    expect(toDnsLabel('__', 53)).to.equal('module');
  });

  it('does not count a chart repository on another registry or namespace as a collision', () => {
    const otherNamespace = minimalWith('oci://registry-1.docker.io/acme-charts', 'oci://registry-1.docker.io/acme-helm');
    const otherRegistry = minimalWith('oci://registry-1.docker.io/acme-charts', 'oci://ghcr.io/acme');
    expect(validateText(otherNamespace).diagnostics).to.deep.equal([]);
    expect(validateText(otherRegistry).diagnostics).to.deep.equal([]);
  });

  it('names every stage the release PR build lacks for promotion, for every kind that promotes, and nothing when none does', () => {
    const prMerge = '  prMerge: { environment: preprod, stages: [checkout, build, unitTests, scan, qualityGate, pushImage, publishChart, deploy, integrationTests] }';
    const bare = minimalWith(prMerge, '  prMerge: { environment: preprod, stages: [checkout, build, integrationTests] }')
      .replace('stages: [checkout, build, unitTests, scan, qualityGate, pushImage, publishChart, deploy] }', 'stages: [checkout, promote, deploy] }');
    const findings = validateText(bare).diagnostics.filter((d) => d.code === 'GH320').map((d) => [d.code, d.path, d.message.includes('does not run publishChart or deploy')]);
    expect(findings).to.deep.equal([['GH320', '/branchFlow/staging/stages/1', true], ['GH320', '/branchFlow/master/stages/1', true]]);
    const noPromotion = minimalWith(prMerge, '  prMerge: { environment: preprod, stages: [checkout, build, integrationTests] }')
      .replace('stages: [checkout, promote, approve, deploy] }', 'stages: [checkout, build, approve, deploy] }');
    expect(validateText(noPromotion).diagnostics.filter((d) => d.code === 'GH320')).to.deep.equal([]);
  });

  it('accepts a Jenkins folder path of nested folders and rejects empty, dot or malformed folder names', () => {
    const folder = (value: string) => validateText(minimalWith('folder: shop,', `folder: '${value}',`)).diagnostics.map((d) => d.code);
    for (const good of ['shop', 'acme/online-product', 'a/b.c/d_e-1', 'A1/x']) expect(folder(good), good).to.deep.equal([]);
    for (const bad of ['acme//shop', '/acme', 'acme/', 'acme/.hidden', 'acme/shop.', '..', 'acme/../shop', 'ac me', 'acme\\shop']) {
      expect(folder(bad), bad).to.deep.equal(['GH204']);
    }
  });

  it('counts the same namespace on two clusters as two places', () => {
    const text = minimalWith('  preprod: { namespace: preprod, clusterCredentialsId: kube-nonprod }', '  preprod: { namespace: staging, clusterCredentialsId: kube-preprod }');
    expect(validateText(text).diagnostics).to.deep.equal([]);
  });

  it('reports an ingress enabled in defaults for every module without a host', () => {
    const text = minimalWith('defaults:\n', 'defaults:\n  chart: { ingress: { enabled: true } }\n');
    expect(validateText(text).diagnostics.map((d) => [d.code, d.path])).to.deep.equal([
      ['GH315', '/modules/api'],
      ['GH315', '/modules/store'],
    ]);
  });

  it('reports a channel problem a module inherits once, at the project', () => {
    const text = minimalWith('stable: { minLineCoverage: 80,', 'stable: { minLineCoverage: 60,').replace('    lead: bob\n', '    lead: bob\n    quality: { channels: { alpha: { maxFailedTests: 4 } } }\n');
    expect(validateText(text).diagnostics.map((d) => [d.code, d.path])).to.deep.equal([['GH318', '/quality/channels/stable/minLineCoverage']]);
  });

  it('treats a vulnerability limit a better channel leaves out as laxer', () => {
    const text = minimalWith('stable: { minLineCoverage: 80, minBranchCoverage: 70, maxFailedTests: 0, minIntegrationPassRate: 100, maxVulnerabilities: { critical: 0 } }', 'stable: { minLineCoverage: 80, minBranchCoverage: 70, maxFailedTests: 0, minIntegrationPassRate: 100, maxVulnerabilities: {} }');
    const [d] = validateText(text).diagnostics;
    expect(d?.message).to.equal('quality: stable.maxVulnerabilities.critical (unlimited) is laxer than beta.maxVulnerabilities.critical (0)');
  });

  it('names an unknown release branch placeholder, and accepts both in any order', () => {
    const approvers = '  approvers:\n';
    const withName = (name: string) => minimalWith(approvers, `  github: { branchName: '${name}' }\n${approvers}`);
    expect(validateText(withName('rel/{version}/{module}')).diagnostics).to.deep.equal([]);
    expect(validateText(withName('rel/{module}-{version}-{date}')).diagnostics.map((d) => d.message)).to.deep.equal([
      'release.github.branchName "rel/{module}-{version}-{date}" has {date}, which is not {module} or {version}',
    ]);
  });

  it('refuses the PR-merge target as the sync branch, and accepts a branch of its own', () => {
    const github = 'credentialsId: github-app }';
    expect(validateText(minimalWith(github, 'credentialsId: github-app, syncBranch: master }')).diagnostics.map((d) => d.code)).to.deep.equal(['GH364']);
    expect(validateText(minimalWith(github, 'credentialsId: github-app, syncBranch: bot/sync }')).diagnostics).to.deep.equal([]);
  });
});
