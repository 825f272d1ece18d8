// Mocha's default timeout (20 s, .mocharc.json) suits tests that stay in this process. Tests that
// start a JVM (Groovy 2.4, CodeNarc) or the CLI can take minutes on a loaded 2-core machine, and
// a timeout there fails the suite for nothing: they set this one instead. A hang still ends.
export const SLOW_TEST_TIMEOUT_MS = 600_000;
