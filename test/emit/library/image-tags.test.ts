// Every build's image tag is its own: the library's version script (dev.gatehouse.Versions) runs
// under /bin/sh with the real gatehouse CLI, and the push first asks the registry whether the tag
// exists (gatehousePushImage), against a stub curl that answers like Docker Hub's registry API
// (401 with a Bearer challenge naming auth.docker.io, a token for the right Basic credentials, then
// 200 or 404 for HEAD /v2/<repository>/manifests/<tag>).
import { expect } from 'chai';
import type { FileSet } from '../../../src/emit/types.js';
import { DEFAULT_CONFIG, PACKAGE_ROOT } from '../../../src/util/paths.js';
import { BRANCH_CASES } from '../../harness/scenarios.js';
import { emitJenkinsSide, fileContent, loadPlan } from '../jenkinsfile/support.js';
import { groovyShellScripts, runWithStubs } from './shell-scripts.js';
import { SLOW_TEST_TIMEOUT_MS } from '../../harness/timeouts.js';

const DOCKER_HUB_CHALLENGE = 'www-authenticate: Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:acmeonline/auth:pull"';

/** curl as the check calls it, answering as a registry; each request is told on stderr as `registry: METHOD URL AUTH QUERY`. */
const REGISTRY_CURL = String.raw`
method=GET; url=; out=/dev/stdout; dump=; auth=none; query=
while [ $# -gt 0 ]; do
  case "$1" in
    -I) method=HEAD ;;
    -o) out=$2; shift ;;
    -D) dump=$2; shift ;;
    -w) shift ;;
    -H) case "$2" in @*) line=$(cat "${'$'}{2#@}") ;; *) line=$2 ;; esac
        case "$line" in
          "Authorization: Bearer "*) auth="bearer:${'$'}{line#Authorization: Bearer }" ;;
          "Authorization: Basic "*) auth="basic:$(printf '%s' "${'$'}{line#Authorization: Basic }" | base64 -d)" ;;
        esac
        shift ;;
    --data-urlencode) query="$query&$2"; shift ;;
    -sS|-f|--get) ;;
    *) url=$1 ;;
  esac
  shift
done
echo "registry: $method $url ${'$'}{auth%%:*} $query" >&2
if [ "$method" = HEAD ]; then
  case "$STUB_REGISTRY:$auth" in
    down:*) code=500 ;;
    open:none|token:bearer:token-for-robot|basic:basic:robot:s3cret) code=$STUB_MANIFEST ;;
    *) code=401 ;;
  esac
  if [ -n "$dump" ]; then
    { printf 'HTTP/1.1 %s\r\n' "$code"; [ "$code" != 401 ] || printf '%s\r\n' "$STUB_CHALLENGE"; } > "$dump"
  fi
  printf '%s' "$code"
  exit 0
fi
[ "$auth" = basic:robot:s3cret ] || { echo 'curl: (22) The requested URL returned error: 401' >&2; exit 22; }
printf '{"token":"token-for-robot","access_token":"token-for-robot","expires_in":300}'
`;

describe('image tags: unique per build, never overwritten', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS);
  let files: FileSet;
  before(async () => {
    files = emitJenkinsSide(await loadPlan(DEFAULT_CONFIG));
  });

  it('gives build 42 of every branch job, on one commit, its own image tag (library script + real CLI)', () => {
    const [versions] = groovyShellScripts(fileContent(files, 'library/src/dev/gatehouse/Versions.groovy'));
    const cli = `exec "${process.execPath}" "${PACKAGE_ROOT}/dist/src/cli/bin.js" "$@"`;
    const tags = BRANCH_CASES.map((branch) => {
      const run = runWithStubs(versions ?? '', { gatehouse: cli }, {
        // As the CLI image sets it (docs/cli-conventions.md): the modules.yaml it carries.
        GATEHOUSE_CONFIG: DEFAULT_CONFIG,
        GATEHOUSE_MODULE: 'auth', GATEHOUSE_VERSION_CHANNEL: 'stable', BUILD_NUMBER: '42', GATEHOUSE_SHA: '0123456789abcdef0123456789abcdef01234567', ...branch.env,
      });
      expect(run.status, `${branch.label}: ${run.stderr}`).to.equal(0);
      return (JSON.parse(run.stdout) as { imageTag: string }).imageTag;
    });
    expect(new Set(tags).size, tags.join('\n')).to.equal(BRANCH_CASES.length);
    const at = (label: string) => tags[BRANCH_CASES.findIndex((c) => c.label === label)];
    expect(at('staging')).to.equal('3.1.0-stable.staging.42.g0123456789abcdef0123456789abcdef01234567');
    expect(at('PR-34 staging -> master')).to.equal('3.1.0-stable.PR34.42.g0123456789abcdef0123456789abcdef01234567');
  });

  describe('the push refuses an existing tag', () => {
    const check = () => groovyShellScripts(fileContent(files, 'library/vars/gatehousePushImage.groovy'))[0] ?? '';
    const env = (registry: string, manifest: number, challenge = DOCKER_HUB_CHALLENGE) => ({
      GATEHOUSE_REGISTRY: 'docker.io', GATEHOUSE_REPOSITORY: 'acmeonline/auth', GATEHOUSE_IMAGE_TAG: '3.1.0-stable.PR34.42.g0123abc',
      GATEHOUSE_IMAGE: 'docker.io/acmeonline/auth:3.1.0-stable.PR34.42.g0123abc', GATEHOUSE_REGISTRY_USER: 'robot', GATEHOUSE_REGISTRY_TOKEN: 's3cret',
      STUB_REGISTRY: registry, STUB_MANIFEST: String(manifest), STUB_CHALLENGE: challenge,
    });
    const requests = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('registry: ')).map((l) => l.slice('registry: '.length));
    const manifest = 'https://registry-1.docker.io/v2/acmeonline/auth/manifests/3.1.0-stable.PR34.42.g0123abc';

    it('asks Docker Hub with a pull token and goes on when the tag is new (404)', () => {
      const run = runWithStubs(check(), { curl: REGISTRY_CURL }, env('token', 404));
      expect(run.status, run.stderr).to.equal(0);
      expect(run.stdout).to.contain('is new');
      expect(requests(run.stderr)).to.deep.equal([
        `HEAD ${manifest} none `,
        'GET https://auth.docker.io/token basic &service=registry.docker.io&scope=repository:acmeonline/auth:pull',
        `HEAD ${manifest} bearer `,
      ]);
    });

    it('stops when the tag exists (200)', () => {
      const run = runWithStubs(check(), { curl: REGISTRY_CURL }, env('token', 200));
      expect(run.status).to.equal(1);
      expect(run.stderr).to.contain('docker.io/acmeonline/auth:3.1.0-stable.PR34.42.g0123abc exists already; image tags are never overwritten');
    });

    it('stops when it cannot tell: a registry error, or no token for these credentials', () => {
      const down = runWithStubs(check(), { curl: REGISTRY_CURL }, env('down', 404));
      expect(down.status).to.equal(1);
      expect(down.stderr).to.contain('cannot tell whether').and.contain('HTTP 500');
      const wrong = runWithStubs(check(), { curl: REGISTRY_CURL }, { ...env('token', 404), GATEHOUSE_REGISTRY_TOKEN: 'wrong' });
      expect(wrong.status).to.equal(1);
      expect(wrong.stderr).to.contain('gave no token');
    });

    it('uses Basic auth when the registry asks for it, and no auth when it asks for none', () => {
      const basic = runWithStubs(check(), { curl: REGISTRY_CURL }, { ...env('basic', 404, 'WWW-Authenticate: Basic realm="Registry Realm"'), GATEHOUSE_REGISTRY: 'registry.example.com' });
      expect(basic.status, basic.stderr).to.equal(0);
      expect(requests(basic.stderr).map((r) => r.split(' ')[2])).to.deep.equal(['none', 'basic']);
      expect(requests(basic.stderr)[0]).to.contain('https://registry.example.com/v2/acmeonline/auth/manifests/');
      const open = runWithStubs(check(), { curl: REGISTRY_CURL }, env('open', 200));
      expect(open.status).to.equal(1);
      expect(requests(open.stderr)).to.have.length(1);
    });

    it('never puts the credentials on curl\'s command line', () => {
      const run = runWithStubs(check(), { curl: REGISTRY_CURL }, env('token', 404));
      const basic = Buffer.from('robot:s3cret').toString('base64');
      for (const call of run.calls) expect(call).to.not.contain('s3cret').and.not.contain(basic).and.not.contain('token-for-robot');
    });
  });
});
