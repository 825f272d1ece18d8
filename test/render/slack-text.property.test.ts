// Property: text the library sends to Slack goes through dev.gatehouse.Slack.escape, which (as
// Slack's formatting reference says under "Escaping text") replaces exactly &, < and > with
// &amp;, &lt; and &gt;: the only characters Slack treats as control characters, and the only
// entities it decodes. So the escaped text holds no `<` or `>` (it can open no link, mention or
// `<!channel>`), every `&` starts one of the three entities, and decoding them gives back exactly
// the input. The real Slack.groovy runs in Groovy 2.4 (the harness JVM), one batch per call.
import { expect } from 'chai';
import { join } from 'node:path';
import fc from 'fast-check';
import { groovyString } from '../../src/render/escape.js';
import { TEMPLATES_DIR } from '../../src/util/paths.js';
import { SLOW_TEST_TIMEOUT_MS } from '../harness/timeouts.js';
import { propertyParameters, propertyRuns } from '../property-runs.js';
import { evaluateGroovy, fromHex, GROOVY_HEX } from './groovy-batch.js';

const RUNS = propertyRuns();
const BATCH = 1000;
const LIBRARY_SRC = join(TEMPLATES_DIR, 'library', 'static', 'src');

const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('&', '<', '>', ';', '#', '!', '@', '|', 'a', 'm', 'p', 'l', 't', 'g', '*', '_', '~', '`', ' ', '\n') },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0xfffe }).map((code) => String.fromCharCode(code)) },
  { weight: 1, arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }).map((code) => String.fromCodePoint(code)) },
);
const slackText = fc.string({ unit, maxLength: 48 });

/** What Slack shows for escaped text: the three entities decoded, nothing else touched. */
function slackDecodes(text: string): string {
  return text.replace(/&(amp|lt|gt);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>' })[name] ?? '');
}

async function escapeInGroovy(inputs: readonly string[]): Promise<string[]> {
  const script = [
    'import dev.gatehouse.Slack',
    `class Hex { ${GROOVY_HEX} }`,
    `[${inputs.map(groovyString).join(',\n')}].collect { Hex.hex(Slack.escape(it)) }`,
  ].join('\n');
  const [outcome] = await evaluateGroovy([script], [LIBRARY_SRC]);
  if (outcome === undefined || 'error' in outcome) throw new Error(`Slack.escape batch failed in Groovy 2.4: ${outcome?.error ?? 'no answer'}`);
  return (outcome.value as string[]).map(fromHex);
}

describe('property: Slack message text (dev.gatehouse.Slack.escape)', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS); // a loaded 2-core machine, and 10,000 cases in the dedicated run

  it(`shows exactly the input and opens no control sequence (${RUNS} cases, Groovy 2.4)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(slackText, { minLength: Math.min(BATCH, RUNS), maxLength: Math.min(BATCH, RUNS) }), async (inputs) => {
        const escaped = await escapeInGroovy(inputs);
        const wrong = inputs.flatMap((s, i) => {
          const out = escaped[i] ?? '';
          const safe = !/[<>]/.test(out) && !/&(?!(amp|lt|gt);)/.test(out);
          return safe && slackDecodes(out) === s ? [] : [`${JSON.stringify(s)} was sent as ${JSON.stringify(out)}`];
        });
        expect(wrong.slice(0, 3)).to.deep.equal([]);
      }),
      propertyParameters(Math.ceil(RUNS / BATCH)),
    );
  });
});
