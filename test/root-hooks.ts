// Mocha root hooks (loaded by .mocharc.json): shut down the one harness JVM when the run ends and
// wait for it, instead of leaving it to notice that its stdin closed after mocha has exited.
import { stopHarness } from './harness/groovy-process.js';

export const mochaHooks = {
  async afterAll(): Promise<void> {
    await stopHarness();
  },
};
