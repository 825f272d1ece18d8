// Terminal escape sequences from user text never reach the terminal raw: `ESC[2J` in a module
// key would clear a CI log. Every printer escapes control characters (src/util/printable.ts);
// JSON output keeps the real value, escaped the JSON way.
import { expect } from 'chai';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCliIn } from '../app/run-cli.js';
import { REPORTS_DIR } from '../gate/fixtures.js';
import { makeTempDir, removeTempDirs } from '../output/temp-dir.js';
import { minimalWith } from '../config/helpers.js';

const CLEAR = '\u001b[2J';
// Everything a terminal could act on, except line feed and tab.
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

/** A module key with ESC[2J, written as a YAML escape (a raw ESC in the file is GH005). */
const HOSTILE_KEY = minimalWith('  store:\n', '  "st\\e[2Jore":\n').replace('dependsOn: [store]', 'dependsOn: ["st\\e[2Jore"]');
/** A valid file with ESC[2J and a CSI (U+009B) in free text: the lead, which plan prints, and a description. */
const HOSTILE_TEXT = minimalWith('description: The store.', 'description: "The \\e[2J store \\u009b31m."').replace('lead: bob', 'lead: "b\\e[2Job"');

const REPORTS = ['--junit', join(REPORTS_DIR, 'mocha/own-tests.xml'), '--coverage', join(REPORTS_DIR, 'c8/lcov.info'), '--scan', join(REPORTS_DIR, 'trivy/clean.json')];
const COMMANDS = [
  ['validate'],
  ['plan'],
  ['plan', '--module', 'store'],
  ['graph'],
  ['generate', '--out', 'gen'],
  ['check', '--out', 'gen'],
  ['version', '--module', 'store', '--channel', 'beta', '--build', '1', '--sha', 'abcdef0'],
  ['gate', '--module', 'store', ...REPORTS],
];

async function projectWith(text: string): Promise<string> {
  const cwd = await makeTempDir();
  await writeFile(join(cwd, 'modules.yaml'), text);
  return cwd;
}

describe('cli: terminal escapes in user text are printed escaped', () => {
  afterEach(removeTempDirs);

  for (const argv of COMMANDS) {
    it(`gatehouse ${argv[0] ?? ''} ${argv[1] ?? ''}, with ESC[2J in a module key and in a description`, async () => {
      for (const text of [HOSTILE_KEY, HOSTILE_TEXT]) {
        const cwd = await projectWith(text);
        const result = await runCliIn(cwd, argv);
        expect(result.out + result.err, `${argv.join(' ')}: ${result.out}${result.err}`).to.not.match(RAW_CONTROL);
        const json = await runCliIn(cwd, [...argv, '--format', 'json']);
        expect(json.out, argv.join(' ')).to.not.match(RAW_CONTROL);
        JSON.parse(json.out);
      }
    });
  }

  it('shows the key escaped in the diagnostic, and keeps the real key in JSON', async () => {
    const cwd = await projectWith(HOSTILE_KEY);
    const text = await runCliIn(cwd, ['validate']);
    expect(text.code).to.equal(1);
    expect(text.err).to.contain('"st\\u001b[2Jore"');
    const json = JSON.parse((await runCliIn(cwd, ['validate', '--format', 'json'])).out) as { diagnostics: { message: string }[] };
    expect(json.diagnostics.some((d) => d.message.includes(`st${CLEAR}ore`))).to.equal(true);
  });

  it('shows the lead escaped in the plan, and keeps the real value in its JSON', async () => {
    const cwd = await projectWith(HOSTILE_TEXT);
    expect((await runCliIn(cwd, ['plan', '--module', 'store'])).out).to.contain('lead b\\u001b[2Job,');
    const json = JSON.parse((await runCliIn(cwd, ['plan', '--module', 'store', '--format', 'json'])).out) as { modules: { lead: string }[] };
    expect(json.modules[0]?.lead).to.equal(`b${CLEAR}ob`);
  });

  it('escapes a hand-edited file in the check diff', async () => {
    const cwd = await projectWith(minimalWith('', ''));
    await runCliIn(cwd, ['generate', '--out', 'gen']);
    await writeFile(join(cwd, 'gen', 'README.md'), `${CLEAR}edited\u009b31m\n`);
    const check = await runCliIn(cwd, ['check', '--out', 'gen']);
    expect(check.code).to.equal(1);
    expect(check.out).to.contain('-\\u001b[2Jedited\\u009b31m').and.not.match(RAW_CONTROL);
  });

  it('escapes a hostile command-line value in the usage error', async () => {
    const result = await runCliIn(await makeTempDir(), ['validate', '--format', `x${CLEAR}`]);
    expect(result.code).to.equal(2);
    expect(result.err).to.contain('(got "x\\u001b[2J")').and.not.match(RAW_CONTROL);
  });
});
