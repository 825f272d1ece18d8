// generated/README.md's release train section: when (in the zone and in UTC), the trigger, who
// votes, the freeze dates; rendered from the Model, with user text escaped.
import { expect } from 'chai';
import { loadProject } from '../../../src/app/load-project.js';
import { emitDocs } from '../../../src/emit/docs/emit-docs.js';
import { buildPlan } from '../../../src/plan/plan.js';
import type { Plan } from '../../../src/plan/types.js';
import { DEFAULT_CONFIG } from '../../../src/util/paths.js';
import { graphModel } from '../../train/support.js';

function section(plan: Plan): string {
  const readme = emitDocs(plan)[0]?.content ?? '';
  const start = readme.indexOf('\n## Release train\n');
  expect(start).to.be.greaterThan(-1);
  return readme.slice(start, readme.indexOf('\n## ', start + 1));
}

describe('emit/docs: the release train in generated/README.md', () => {
  it('shows the schedule in the zone and in UTC, the trigger, who votes, the freeze and the load test', async () => {
    const { plan } = await loadProject(DEFAULT_CONFIG);
    if (!plan) throw new Error('the repository modules.yaml must load');
    const text = section(plan);
    expect(text).to.contain('| When | Asia/Kolkata | UTC |\n');
    expect(text).to.match(/\n\| Go\/no-go: [^|]+ \| 16:00 \| 10:30 \|\n\| Release: [^|]+ \| 17:00 \| 11:30 \|\n/);
    expect(text).to.contain('```text\nTZ=Asia/Kolkata\n0 16 * * 1-5\n```');
    expect(text).to.contain("| moduleLead | one per module in the train | the module's lead, release-managers | drops the module and every module of the train that depends on it |\n");
    expect(text).to.contain('| sre | one for the train | sre-team | cancels the train |\n');
    expect(text).to.contain('| 2026-12-24 to 2027-01-01 | Year-end change freeze |\n');
    expect(text).to.contain('Load test after the last wave: k6 run --summary-export reports/load-test.json load-test/train.js');
  });

  it('lists both UTC times of a zone with daylight saving, and escapes a freeze reason', () => {
    const model = graphModel({ a: [] }, (raw) => Object.assign(raw.release, { timeZone: 'Europe/Berlin', freeze: [{ date: '2026-10-05', reason: 'Ops | <b>offsite</b>' }] }));
    const text = section(buildPlan(model));
    expect(text).to.contain('| 16:00 | 15:00 (at UTC+01:00), 14:00 (at UTC+02:00) |');
    expect(text).to.contain('| 2026-10-05 | Ops \\| &lt;b&gt;offsite&lt;/b&gt; |');
    expect(text).not.to.contain('None.');
  });

  it('says there is no train in continuous mode', () => {
    const text = section(buildPlan(graphModel({ a: [] }, (raw) => (raw.release.mode = 'continuous'))));
    expect(text).to.contain('`release.mode` is `continuous`');
    expect(text).not.to.contain('TZ=');
  });
});
