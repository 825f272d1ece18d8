// fast-check arbitraries for the version tests: the jobs of a multibranch project.
import fc from 'fast-check';
import type { BuildJob } from '../../src/version/job.js';

/**
 * Branch names as Git allows them, weighted to the characters that matter: the ones kept as is,
 * the escaped ones (/ . _ and upper case), digits first, the escape letters themselves, and any
 * other code point; sometimes far too long for a tag.
 */
export const arbBranchName = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'abcxyz019-/._ABCHNPSUXZ'.split('')), minLength: 1, maxLength: 30 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...'ab/-_.Z'.split('')), minLength: 60, maxLength: 140 }),
  fc.constantFrom('staging', 'master', 'main', 'feature/x', 'bugfix/y', 'PR-34', 'pr34', 'PR34', '34', '007'),
);

export const arbJob: fc.Arbitrary<BuildJob> = fc.oneof(
  arbBranchName.map((branch): BuildJob => ({ branch })),
  fc.integer({ min: 1, max: 1_000_000 }).map((pullRequest): BuildJob => ({ pullRequest })),
);
