// The shell side of the library steps that talk to helm storage, BuildKit and Trivy, run under
// /bin/sh with stubs that print what the real tools print (helm 3 `status -o json` has no chart;
// helm 3.13+ copies a release's labels to its next revisions).
import { expect } from 'chai';
import type { FileSet } from '../../../src/emit/types.js';
import { DEFAULT_CONFIG } from '../../../src/util/paths.js';
import { emitJenkinsSide, fileContent, loadPlan } from '../jenkinsfile/support.js';
import { groovyShellScripts, helmSecretData, runWithStubs } from './shell-scripts.js';

const TREE = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

function release(revision: number, chartVersion: string, tree: string, config?: object): object {
  return {
    name: 'auth', version: revision, namespace: 'preprod', info: { status: 'deployed' }, ...(config ? { config } : {}),
    chart: { metadata: { name: 'auth', version: chartVersion, appVersion: `auth-${revision}`,
      annotations: { 'gatehouse.dev/tree': tree, 'gatehouse.dev/channel': 'stable', 'gatehouse.dev/release-id': `r${revision}` } } },
  };
}

const DIGEST = `sha256:${'ef'.repeat(32)}`;

function secret(revision: number, labels: Record<string, string>, data: object): object {
  return {
    metadata: { name: `sh.helm.release.v1.auth.v${revision}`, labels: { owner: 'helm', name: 'auth', version: String(revision), ...labels } },
    data: { release: helmSecretData(data) },
  };
}

describe('library step scripts under /bin/sh', () => {
  let files: FileSet;
  const script = (step: string, index = 0): string => {
    const found = groovyShellScripts(fileContent(files, `library/vars/${step}.groovy`))[index];
    if (found === undefined) throw new Error(`no shell script ${index} in ${step}`);
    return found;
  };
  before(async () => {
    files = emitJenkinsSide(await loadPlan(DEFAULT_CONFIG));
  });

  describe('gatehouseBless', () => {
    // What helm 3 prints: `helm status -o json` strips the chart from the release.
    const stubs = {
      helm: `case "$1" in version) printf '%s' "\${STUB_HELM_VERSION:-v3.16.3}" ;; *) printf '%s' '{"name":"auth","version":8,"info":{"status":"deployed"}}' ;; esac`,
      kubectl: 'case "$1" in get) printf \'%s\' "$STUB_SECRET_DATA" ;; esac',
    };
    const env = (chartVersion: string, tree: string) => ({
      GATEHOUSE_RELEASE: 'auth', GATEHOUSE_NAMESPACE: 'preprod', GATEHOUSE_CHART_VERSION: '3.1.0-rc.8', GATEHOUSE_TREE: TREE,
      STUB_SECRET_DATA: helmSecretData(release(8, chartVersion, tree)),
    });

    it('reads the chart of the current revision from its storage secret and labels that revision as blessed', () => {
      const run = runWithStubs(script('gatehouseBless'), stubs, env('3.1.0-rc.8', TREE));
      expect(run.status, run.stderr).to.equal(0);
      expect(run.calls).to.include('kubectl get secret sh.helm.release.v1.auth.v8 --namespace preprod -o jsonpath={.data.release}');
      expect(run.calls).to.include(
        'kubectl label --overwrite secret sh.helm.release.v1.auth.v8 --namespace preprod gatehouse.dev/blessed=true gatehouse.dev/blessed-revision=8',
      );
      // Then the evidence of the blessing, which a train-mode master build records as its candidate.
      expect(run.calls.at(-1)).to.equal('kubectl apply --server-side --field-manager gatehouse --force-conflicts --namespace preprod -f -');
    });

    it('refuses to bless a revision that runs another chart version or tree', () => {
      for (const [chartVersion, tree] of [['3.1.0-rc.9', TREE], ['3.1.0-rc.8', 'other-tree']] as const) {
        const run = runWithStubs(script('gatehouseBless'), stubs, env(chartVersion, tree));
        expect(run.status).to.equal(1);
        expect(run.stderr).to.contain('not this build\'s; not blessing');
        expect(run.calls.some((call) => call.startsWith('kubectl label'))).to.equal(false);
      }
    });

    it('refuses a helm older than 3.13, which would drop the label on the next deploy', () => {
      for (const [version, status] of [['v3.12.3', 1], ['v3.9.0', 1], ['v3.13.0', 0], ['v4.0.1', 0]] as const) {
        const run = runWithStubs(script('gatehouseBless'), stubs, { ...env('3.1.0-rc.8', TREE), STUB_HELM_VERSION: version });
        expect(run.status, version).to.equal(status);
        if (status === 1) expect(run.stderr).to.contain('blessing needs helm 3.13 or later');
      }
    });
  });

  describe('gatehouseResolveBlessed', () => {
    it('lists only revisions blessed themselves, not later ones that inherited the label', () => {
      const list = {
        items: [
          secret(7, { 'gatehouse.dev/blessed': 'true', 'gatehouse.dev/blessed-revision': '7' }, release(7, '3.1.0-rc.7', TREE, { image: { digest: DIGEST }, replicaCount: 2 })),
          // Blessed, deployed by an older library without a digest (its values have none).
          secret(5, { 'gatehouse.dev/blessed': 'true', 'gatehouse.dev/blessed-revision': '5' }, release(5, '3.1.0-rc.5', TREE, { replicaCount: 2 })),
          // Upgraded after 7 was blessed: helm copied 7's labels to it.
          secret(8, { 'gatehouse.dev/blessed': 'true', 'gatehouse.dev/blessed-revision': '7' }, release(8, '3.1.0-rc.8', TREE)),
          secret(9, { 'gatehouse.dev/blessed': 'true' }, release(9, '3.1.0-rc.9', TREE)),
        ],
      };
      const run = runWithStubs(script('gatehouseResolveBlessed'), { kubectl: 'printf \'%s\' "$STUB_SECRETS"' }, {
        GATEHOUSE_RELEASE: 'auth', GATEHOUSE_NAMESPACE: 'preprod', STUB_SECRETS: JSON.stringify(list),
      });
      expect(run.status, run.stderr).to.equal(0);
      expect(run.calls).to.deep.equal(['kubectl get secrets --namespace preprod -o json --selector owner=helm,name=auth,gatehouse.dev/blessed=true']);
      expect(run.stdout).to.equal([['7', 'auth', '3.1.0-rc.7', 'auth-7', TREE, 'stable', 'r7', DIGEST], ['5', 'auth', '3.1.0-rc.5', 'auth-5', TREE, 'stable', 'r5', '']].map((row) => row.join('\t') + '\n').join(''));
    });
  });

  describe('gatehouseBuildImage and gatehousePushImage', () => {
    it('writes the scan input as a docker archive, which trivy image --input reads (an OCI tarball it does not)', () => {
      const run = runWithStubs(script('gatehouseBuildImage'), { buildctl: 'exit 0' }, { GATEHOUSE_DOCKERFILE: 'docker/Dockerfile', GATEHOUSE_CONTEXT: '.' });
      expect(run.status, run.stderr).to.equal(0);
      expect(run.calls).to.deep.equal([
        'buildctl build --frontend dockerfile.v0 --local context=. --local dockerfile=docker --opt filename=Dockerfile --output type=docker,dest=.gatehouse/image.tar',
      ]);
    });

    for (const registry of ['docker.io', 'registry-1.docker.io', 'ghcr.io']) {
      it(`gives buildctl the ${registry} credentials under the key BuildKit looks them up by`, () => {
        const run = runWithStubs(script('gatehousePushImage', 1), { buildctl: 'cat "$DOCKER_CONFIG/config.json"' }, {
          GATEHOUSE_DOCKERFILE: 'Dockerfile', GATEHOUSE_CONTEXT: '.', GATEHOUSE_IMAGE: `${registry}/acme/auth:1`,
          GATEHOUSE_REGISTRY: registry, GATEHOUSE_REGISTRY_USER: 'robot', GATEHOUSE_REGISTRY_TOKEN: 's3cret',
        });
        expect(run.status, run.stderr).to.equal(0);
        const key = registry === 'ghcr.io' ? 'ghcr.io' : 'https://index.docker.io/v1/';
        const config = JSON.parse(run.stdout) as { auths: Record<string, { auth: string }> };
        expect(Object.keys(config.auths)).to.deep.equal([key]);
        expect(Buffer.from(config.auths[key]!.auth, 'base64').toString()).to.equal('robot:s3cret');
        expect(run.calls[0]).to.match(/--output type=image,name=\S+\/acme\/auth:1,push=true --metadata-file \.gatehouse\/push-metadata\.json$/);
      });
    }
  });

  describe('gatehouseScan', () => {
    it('scans vulnerabilities only, and the failing pass works offline on the databases of the first', () => {
      const run = runWithStubs(script('gatehouseScan'), { trivy: 'exit 0' }, { GATEHOUSE_SCAN_IGNORE_UNFIXED: 'true', GATEHOUSE_SCAN_FAIL_ON: 'CRITICAL' });
      expect(run.status, run.stderr).to.equal(0);
      expect(run.calls).to.deep.equal([
        'trivy image --input .gatehouse/image.tar --scanners vuln --ignorefile .gatehouse/trivyignore --ignore-unfixed --format json --output .gatehouse/trivy.json --exit-code 0',
        'trivy image --input .gatehouse/image.tar --scanners vuln --ignorefile .gatehouse/trivyignore --ignore-unfixed --skip-db-update --skip-java-db-update --severity CRITICAL --format table --exit-code 1',
      ]);
    });
  });

  describe('gatehouseReleaseTag', () => {
    const env = { GATEHOUSE_TAG_MODULE: 'auth', GATEHOUSE_TAG_SHA: 'a'.repeat(40), GITHUB_TOKEN: 'ghs_secret' };
    it('calls gatehouse release tag with the module, the sha and the release id, and never traces the token', () => {
      const stubs = { gatehouse: 'printf \'token=%s\\n\' "${GITHUB_TOKEN:+set}"' };
      const run = runWithStubs(script('gatehouseReleaseTag'), stubs, { ...env, GATEHOUSE_TAG_RELEASE_ID: 'auth-3-1-0-0123abc' });
      expect(run.status, run.stderr).to.equal(0);
      expect(run.calls).to.deep.equal([`gatehouse release tag --module auth --sha ${'a'.repeat(40)} --release-id auth-3-1-0-0123abc`]);
      expect(run.stdout).to.equal('token=set\n');
      expect(script('gatehouseReleaseTag').trimStart()).to.match(/^set \+x/);
      expect(run.stderr).to.not.include('ghs_secret');
    });

    it('leaves the release id out when the build has none, and passes the CLI\'s failure on', () => {
      const run = runWithStubs(script('gatehouseReleaseTag'), { gatehouse: 'exit 1' }, { ...env, GATEHOUSE_TAG_RELEASE_ID: '' });
      expect(run.status).to.equal(1);
      expect(run.calls).to.deep.equal([`gatehouse release tag --module auth --sha ${'a'.repeat(40)}`]);
    });
  });
});
