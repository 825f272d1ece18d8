// The command output docs/github.md shows is real: the scenario of test/github/sample-scenario.ts
// run against the fake GitHub (see regions.ts for how the regions are kept current).
import { githubSamples } from '../github/sample-scenario.js';
import { removeTempDirs } from '../output/temp-dir.js';
import { checkRegion } from './regions.js';

const PAGE = 'docs/github.md';

describe('docs: GitHub command samples', function () {
  this.timeout(300000);
  after(removeTempDirs);

  it('docs/github.md shows what sync, library publish, release prepare and release tag print', async () => {
    const samples = await githubSamples();
    for (const name of ['sync', 'sync-again', 'sync-force', 'library', 'library-again', 'prepare-refused', 'prepare', 'tag', 'tag-again', 'tag-elsewhere']) {
      checkRegion(PAGE, `github-${name}`, `\`\`\`console\n${samples.get(name) ?? ''}\`\`\`\n`);
    }
    checkRegion(PAGE, 'github-prepare-body', `\`\`\`markdown\n${samples.get('prepare-body') ?? ''}\`\`\`\n`);
    checkRegion(PAGE, 'github-tag-message', `\`\`\`text\n${samples.get('tag-message') ?? ''}\`\`\`\n`);
  });
});
