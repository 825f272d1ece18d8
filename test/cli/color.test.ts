// When to colour a stream: FORCE_COLOR decides alone (as in Node), a non-empty NO_COLOR turns
// colour off (no-color.org), otherwise a terminal with colours gets them.
import { expect } from 'chai';
import type { ColorStream } from '../../src/cli/color.js';
import { shouldColor } from '../../src/cli/color.js';

const terminal: ColorStream = { isTTY: true, hasColors: (_count, env) => (env as Record<string, string>)['TERM'] !== 'dumb' };
const pipe: ColorStream = {};

const CASES: [string, ColorStream, Record<string, string>, boolean][] = [
  ['a terminal', terminal, {}, true],
  ['a pipe or file', pipe, {}, false],
  ['NO_COLOR=1 on a terminal', terminal, { NO_COLOR: '1' }, false],
  ['an empty NO_COLOR (no-color.org: not a request)', terminal, { NO_COLOR: '' }, true],
  ['TERM=dumb (through the stream\'s hasColors)', terminal, { TERM: 'dumb' }, false],
  ['FORCE_COLOR=1 on a pipe', pipe, { FORCE_COLOR: '1' }, true],
  ['FORCE_COLOR= (empty) on a pipe', pipe, { FORCE_COLOR: '' }, true],
  ['FORCE_COLOR=true on a pipe', pipe, { FORCE_COLOR: 'true' }, true],
  ['FORCE_COLOR=3 on a pipe', pipe, { FORCE_COLOR: '3' }, true],
  ['FORCE_COLOR=0 on a terminal', terminal, { FORCE_COLOR: '0' }, false],
  ['FORCE_COLOR=false on a terminal', terminal, { FORCE_COLOR: 'false' }, false],
  ['FORCE_COLOR=1 with NO_COLOR=1 (FORCE_COLOR wins, as in Node)', pipe, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
];

describe('cli: colour per stream', () => {
  for (const [situation, stream, env, expected] of CASES) {
    it(`${situation}: ${expected ? 'colour' : 'none'}`, () => {
      expect(shouldColor(stream, env)).to.equal(expected);
    });
  }

  it('passes an empty NO_COLOR on to hasColors as unset, since Node would count it', () => {
    let seen: object | undefined;
    shouldColor({ isTTY: true, hasColors: (_count, env) => ((seen = env), true) }, { NO_COLOR: '', TERM: 'xterm' });
    expect(seen).to.deep.equal({ TERM: 'xterm' });
  });
});
