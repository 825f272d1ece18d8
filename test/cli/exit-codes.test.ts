// The exit-code rule (docs/cli-conventions.md), proven over every command: 0 done and nothing
// wrong; 1 problems found in the input or the result; 2 could not run (command line, a file
// that cannot be found or read, disk). Every row also runs with --format json, where the outcome
// must be one JSON document on stdout with the same exit code and nothing on stderr.
//
// A new command adds its rows to CASES: at least "ok", "invalid modules.yaml" and "no config".
import { expect } from 'chai';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from '../../src/cli/io.js';
import { MANIFEST_NAME } from '../../src/output/manifest.js';
import { DEFAULT_CONFIG, PACKAGE_ROOT } from '../../src/util/paths.js';
import { runCliIn } from '../app/run-cli.js';
import { REPORTS_DIR } from '../gate/fixtures.js';
import { makeTempDir, removeTempDirs } from '../output/temp-dir.js';
import { git } from './git.js';
import { expectDiagnosticShape } from './json-shape.js';
import { everyoneChanged, repositoryModel } from '../train/support.js';

const FIXTURES = join(PACKAGE_ROOT, 'test', 'fixtures');
const INVALID = join(FIXTURES, 'invalid', 'unknown-dependency.yaml');
const WARNINGS_ONLY = join(FIXTURES, 'invalid', 'skip-without-effect.yaml');
const MISSING = join(FIXTURES, 'does-not-exist.yaml');
const report = (name: string) => join(REPORTS_DIR, name);
const GATE_OK = ['--module', 'catalog', '--junit', report('mocha/own-tests.xml'), '--coverage', report('c8/lcov.info'), '--scan', report('trivy/clean.json')];
const VERSION = ['--module', 'auth', '--channel', 'beta', '--build', '42', '--sha', '0123abc', '--branch', 'staging'];

interface Case {
  command: string;
  situation: string;
  argv: string[];
  code: number;
  /** The diagnostic code the outcome must name, when it is a failure. */
  names?: string;
  /** Set up the working directory (a fresh temporary one) first. */
  setup?: (cwd: string) => Promise<void>;
  /** The row is about --format itself: no JSON variant. */
  textOnly?: boolean;
}

const withConfig = async (cwd: string) => copyFile(DEFAULT_CONFIG, join(cwd, 'modules.yaml'));
const withOutput = async (cwd: string) => {
  await withConfig(cwd);
  expect((await runCliIn(cwd, ['generate', '--out', 'gen'])).code).to.equal(0);
};
/** A git repository whose one commit holds the repository's modules.yaml, edited in the work tree by `edit`. */
const inGitRepository = (edit: (text: string) => string = (text) => text) => async (cwd: string) => {
  await withConfig(cwd);
  git(cwd, 'init', '-q', '-b', 'main');
  git(cwd, 'add', 'modules.yaml');
  git(cwd, 'commit', '-q', '-m', 'modules');
  await writeFile(join(cwd, 'modules.yaml'), edit(await readFile(join(cwd, 'modules.yaml'), 'utf8')));
};
/** modules.yaml and the candidates of a train of every module. */
const withCandidates = async (cwd: string) => {
  await withConfig(cwd);
  await writeFile(join(cwd, 'candidates.json'), JSON.stringify(everyoneChanged(await repositoryModel())));
};
const withManifest = async (cwd: string) => {
  await withCandidates(cwd);
  expect((await runCliIn(cwd, ['release', 'manifest', '--candidates', 'candidates.json', '--out', 'manifest.json'])).code).to.equal(0);
};
const bumpAuth = (text: string) => text.replace('version: 3.1.0', 'version: 3.2.0');
const withEditedManifest = async (cwd: string) => {
  await withOutput(cwd);
  await writeFile(join(cwd, 'gen', MANIFEST_NAME), 'edited by hand\n');
};

const CASES: Case[] = [
  { command: 'gatehouse', situation: '--version', argv: ['--version'], code: EXIT_OK, textOnly: true },
  { command: 'gatehouse', situation: 'an unknown command', argv: ['frobnicate'], code: EXIT_USAGE, names: 'GH006' },

  { command: 'validate', situation: 'a valid file', argv: ['validate', '--config', DEFAULT_CONFIG], code: EXIT_OK },
  { command: 'validate', situation: 'warnings only', argv: ['validate', '--config', WARNINGS_ONLY], code: EXIT_OK },
  { command: 'validate', situation: 'an invalid file', argv: ['validate', '--config', INVALID], code: EXIT_PROBLEMS, names: 'GH300' },
  { command: 'validate', situation: 'a missing --config file', argv: ['validate', '--config', MISSING], code: EXIT_USAGE, names: 'GH001' },
  { command: 'validate', situation: 'no modules.yaml found', argv: ['validate'], code: EXIT_USAGE, names: 'GH002' },
  { command: 'validate', situation: '--config ""', argv: ['validate', '--config', ''], code: EXIT_USAGE, names: 'GH006' },
  { command: 'validate', situation: 'a directory as --config', argv: ['validate', '--config', FIXTURES], code: EXIT_USAGE, names: 'GH003' },
  { command: 'validate', situation: 'an unknown flag', argv: ['validate', '--colour'], code: EXIT_USAGE, names: 'GH006' },
  { command: 'validate', situation: 'an unknown format', argv: ['validate', '--format', 'xml'], code: EXIT_USAGE, textOnly: true },

  { command: 'plan', situation: 'a valid file', argv: ['plan', '--config', DEFAULT_CONFIG], code: EXIT_OK },
  { command: 'plan', situation: 'an invalid file', argv: ['plan', '--config', INVALID], code: EXIT_PROBLEMS, names: 'GH300' },
  { command: 'plan', situation: 'no modules.yaml found', argv: ['plan'], code: EXIT_USAGE, names: 'GH002' },
  { command: 'plan', situation: 'an unknown module', argv: ['plan', '--config', DEFAULT_CONFIG, '--module', 'nope'], code: EXIT_USAGE, names: 'GH007' },
  { command: 'plan', situation: 'half a pull request', argv: ['plan', '--config', DEFAULT_CONFIG, '--branch', 'PR-1'], code: EXIT_USAGE, names: 'GH006' },

  { command: 'graph', situation: 'a valid file', argv: ['graph', '--config', DEFAULT_CONFIG], code: EXIT_OK },
  { command: 'graph', situation: 'an invalid file', argv: ['graph', '--config', INVALID], code: EXIT_PROBLEMS, names: 'GH300' },
  { command: 'graph', situation: 'no modules.yaml found', argv: ['graph'], code: EXIT_USAGE, names: 'GH002' },

  { command: 'generate', situation: 'a valid file', argv: ['generate', '--out', 'gen'], code: EXIT_OK, setup: withConfig },
  { command: 'generate', situation: 'an invalid file', argv: ['generate', '--config', INVALID, '--out', 'gen'], code: EXIT_PROBLEMS, names: 'GH300' },
  { command: 'generate', situation: 'a refused overwrite', argv: ['generate', '--out', 'gen'], code: EXIT_PROBLEMS, setup: withEditedManifest },
  { command: 'generate', situation: 'no modules.yaml found', argv: ['generate', '--out', 'gen'], code: EXIT_USAGE, names: 'GH002' },

  { command: 'check', situation: 'an up-to-date output', argv: ['check', '--out', 'gen'], code: EXIT_OK, setup: withOutput },
  { command: 'check', situation: 'a stale output', argv: ['check', '--out', 'gen'], code: EXIT_PROBLEMS, setup: withEditedManifest },
  { command: 'check', situation: 'an invalid file', argv: ['check', '--config', INVALID, '--out', 'gen'], code: EXIT_PROBLEMS, names: 'GH300' },
  { command: 'check', situation: 'no modules.yaml found', argv: ['check', '--out', 'gen'], code: EXIT_USAGE, names: 'GH002' },

  { command: 'version', situation: 'a known module', argv: ['version', ...VERSION, '--config', DEFAULT_CONFIG], code: EXIT_OK },
  { command: 'version', situation: 'an invalid file', argv: ['version', ...VERSION, '--config', INVALID], code: EXIT_PROBLEMS, names: 'GH300' },
  { command: 'version', situation: 'no modules.yaml found', argv: ['version', ...VERSION], code: EXIT_USAGE, names: 'GH002' },
  { command: 'version', situation: 'an unknown module', argv: ['version', ...VERSION, '--module', 'nope', '--config', DEFAULT_CONFIG], code: EXIT_USAGE, names: 'GH007' },
  { command: 'version', situation: 'a bad --sha', argv: ['version', ...VERSION, '--sha', 'main', '--config', DEFAULT_CONFIG], code: EXIT_USAGE, names: 'GH006' },
  { command: 'version', situation: 'a missing flag', argv: ['version', '--module', 'auth', '--config', DEFAULT_CONFIG], code: EXIT_USAGE, names: 'GH006' },

  { command: 'gate', situation: 'a build that passes', argv: ['gate', ...GATE_OK, '--config', DEFAULT_CONFIG], code: EXIT_OK },
  { command: 'gate', situation: 'a build below --require', argv: ['gate', ...GATE_OK, '--require', 'stable', '--coverage', report('coverage/coverage-py.xml'), '--config', DEFAULT_CONFIG], code: EXIT_PROBLEMS },
  { command: 'gate', situation: 'a malformed report', argv: ['gate', ...GATE_OK, '--coverage', report('invalid/not-coverage.txt'), '--config', DEFAULT_CONFIG], code: EXIT_PROBLEMS, names: 'GH604' },
  { command: 'gate', situation: 'an invalid file', argv: ['gate', ...GATE_OK, '--config', INVALID], code: EXIT_PROBLEMS, names: 'GH300' },
  { command: 'gate', situation: 'no modules.yaml found', argv: ['gate', ...GATE_OK], code: EXIT_USAGE, names: 'GH002' },
  { command: 'gate', situation: 'an unknown module', argv: ['gate', ...GATE_OK, '--module', 'nope', '--config', DEFAULT_CONFIG], code: EXIT_USAGE, names: 'GH007' },
  { command: 'diff', situation: 'a comparison', argv: ['diff', '--base', 'HEAD'], code: EXIT_OK, setup: inGitRepository(bumpAuth) },
  { command: 'diff', situation: 'a change with --exit-code', argv: ['diff', '--base', 'HEAD', '--exit-code'], code: EXIT_PROBLEMS, setup: inGitRepository(bumpAuth) },
  { command: 'diff', situation: 'an invalid working tree', argv: ['diff', '--base', 'HEAD'], code: EXIT_PROBLEMS, names: 'GH202', setup: inGitRepository((t) => t.replace('version: 3.1.0', 'version: 3.1')) },
  { command: 'diff', situation: 'an unknown --base', argv: ['diff', '--base', 'nope'], code: EXIT_USAGE, names: 'GH006', setup: inGitRepository() },
  { command: 'diff', situation: 'not a git repository', argv: ['diff', '--base', 'HEAD'], code: EXIT_USAGE, names: 'GH006', setup: withConfig },
  { command: 'diff', situation: 'no modules.yaml found', argv: ['diff'], code: EXIT_USAGE, names: 'GH002' },

  { command: 'release', situation: 'a manifest from candidates', argv: ['release', 'manifest', '--candidates', 'candidates.json'], code: EXIT_OK, setup: withCandidates },
  { command: 'release', situation: 'an invalid modules.yaml', argv: ['release', 'manifest', '--candidates', 'candidates.json', '--config', INVALID], code: EXIT_PROBLEMS, names: 'GH300', setup: withCandidates },
  { command: 'release', situation: 'no modules.yaml found', argv: ['release', 'day'], code: EXIT_USAGE, names: 'GH002' },
  { command: 'release', situation: 'a candidates file that is not JSON', argv: ['release', 'manifest', '--candidates', 'modules.yaml'], code: EXIT_PROBLEMS, names: 'GH800', setup: withConfig },
  { command: 'release', situation: 'a missing candidates file', argv: ['release', 'manifest', '--candidates', 'nope.json'], code: EXIT_USAGE, names: 'GH001', setup: withConfig },
  { command: 'release', situation: 'an unknown hotfix module', argv: ['release', 'manifest', '--candidates', 'candidates.json', '--hotfix', 'nope', '--reason', 'x'], code: EXIT_USAGE, names: 'GH007', setup: withCandidates },
  { command: 'release', situation: 'the ballots', argv: ['release', 'voters', 'manifest.json'], code: EXIT_OK, setup: withManifest },
  { command: 'release', situation: 'the Slack summary', argv: ['release', 'show', 'manifest.json'], code: EXIT_OK, setup: withManifest },
  { command: 'release', situation: 'a deploy plan of an undecided train', argv: ['release', 'deploy-plan', 'manifest.json'], code: EXIT_PROBLEMS, names: 'GH835', setup: withManifest },
  { command: 'release', situation: 'a rollback plan', argv: ['release', 'rollback-plan', 'manifest.json'], code: EXIT_OK, setup: withManifest },
  { command: 'release', situation: 'a rollback plan of a module not in the train', argv: ['release', 'rollback-plan', 'manifest.json', '--deployed', 'nope'], code: EXIT_USAGE, names: 'GH006', setup: withManifest },
  { command: 'release', situation: 'a release day', argv: ['release', 'day', '--date', '2026-08-24'], code: EXIT_OK, setup: withConfig },
  { command: 'release', situation: 'the schedule', argv: ['release', 'schedule'], code: EXIT_OK, setup: withConfig },
  { command: 'release', situation: 'a train plan', argv: ['plan', '--train', 'auth'], code: EXIT_OK, setup: withConfig },

  { command: 'sync', situation: 'no GITHUB_TOKEN', argv: ['sync'], code: EXIT_USAGE, names: 'GH700', setup: withConfig },
  { command: 'sync', situation: 'an invalid file', argv: ['sync', '--config', INVALID], code: EXIT_PROBLEMS, names: 'GH300' },
  { command: 'sync', situation: 'an unknown module', argv: ['sync', '--module', 'nope', '--config', DEFAULT_CONFIG], code: EXIT_USAGE, names: 'GH007' },
  { command: 'sync', situation: 'no modules.yaml found', argv: ['sync'], code: EXIT_USAGE, names: 'GH002' },
  { command: 'library', situation: 'publish without GITHUB_TOKEN', argv: ['library', 'publish'], code: EXIT_USAGE, names: 'GH700', setup: withConfig },
  { command: 'library', situation: 'publish from an invalid file', argv: ['library', 'publish', '--config', INVALID], code: EXIT_PROBLEMS, names: 'GH300' },
  { command: 'library', situation: 'publish without modules.yaml', argv: ['library', 'publish'], code: EXIT_USAGE, names: 'GH002' },
  { command: 'release', situation: 'prepare without GITHUB_TOKEN', argv: ['release', 'prepare'], code: EXIT_USAGE, names: 'GH700', setup: withConfig },
  { command: 'release', situation: 'prepare with a bad --bump', argv: ['release', 'prepare', '--bump', 'huge', '--config', DEFAULT_CONFIG], code: EXIT_USAGE, names: 'GH006' },
  { command: 'release', situation: 'tag from an invalid file', argv: ['release', 'tag', '--module', 'api', '--sha', '0123abc', '--config', INVALID], code: EXIT_PROBLEMS, names: 'GH300' },
  { command: 'release', situation: 'tag with a bad --sha', argv: ['release', 'tag', '--module', 'auth', '--sha', 'main', '--config', DEFAULT_CONFIG], code: EXIT_USAGE, names: 'GH006' },
  { command: 'release', situation: 'tag of an unknown module', argv: ['release', 'tag', '--module', 'nope', '--sha', '0123abc', '--config', DEFAULT_CONFIG], code: EXIT_USAGE, names: 'GH007' },
  { command: 'release', situation: 'tag without GITHUB_TOKEN', argv: ['release', 'tag', '--module', 'auth', '--sha', '0123abc'], code: EXIT_USAGE, names: 'GH700', setup: withConfig },
  // Their successful runs need GitHub: test/github/*.test.ts runs them against the fake GitHub.

  { command: 'gate', situation: 'a missing report', argv: ['gate', ...GATE_OK, '--scan', report('missing.json'), '--config', DEFAULT_CONFIG], code: EXIT_USAGE, names: 'GH601' },
];

describe('cli: one exit-code rule for every command', () => {
  afterEach(removeTempDirs);

  it('covers every registered command', async () => {
    const help = await runCliIn(await makeTempDir(), ['--help']);
    const commands = [...help.out.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]).filter((name) => name !== 'help');
    expect(commands.length).to.be.at.least(7);
    for (const command of commands) expect(CASES.map((c) => c.command), `rows for ${command ?? ''}`).to.include(command);
  });

  for (const row of CASES) {
    it(`${row.command}, ${row.situation}: exit ${row.code}`, async () => {
      const cwd = await makeTempDir();
      await row.setup?.(cwd);
      const text = await runCliIn(cwd, row.argv);
      expect(text.code, text.err).to.equal(row.code);
      if (row.code !== EXIT_OK && row.names) expect(text.err).to.contain(`error ${row.names}:`);
      if (row.textOnly) return;

      const jsonCwd = await makeTempDir();
      await row.setup?.(jsonCwd);
      const json = await runCliIn(jsonCwd, [...row.argv, '--format', 'json']);
      expect([json.code, json.err], 'same exit code, nothing on stderr').to.deep.equal([row.code, '']);
      const document = JSON.parse(json.out) as { diagnostics?: unknown[]; exitCode?: number };
      for (const diagnostic of document.diagnostics ?? []) expectDiagnosticShape(diagnostic);
      if (row.names) expect((document.diagnostics ?? []).map((d) => (d as { code: string }).code)).to.include(row.names);
      if (document.exitCode !== undefined) expect(document.exitCode).to.equal(row.code);
    });
  }
});
