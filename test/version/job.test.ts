import { expect } from 'chai';
import fc from 'fast-check';
import { fitJobIdentifier, jobIdentifier, MIN_JOB_BUDGET } from '../../src/version/job.js';
import type { BuildJob } from '../../src/version/job.js';
import { arbBranchName, arbJob } from './arbitraries.js';

/** Reads an identifier back into its job: the code is prefix-free, so this is its inverse. */
function decode(identifier: string): BuildJob | undefined {
  const pr = /^PR([1-9]\d*)$/.exec(identifier);
  if (pr) return { pullRequest: Number(pr[1]) };
  let rest = identifier.startsWith('N') && /^N[0-9]/.test(identifier) ? identifier.slice(1) : identifier;
  let branch = '';
  while (rest !== '') {
    const token = /^([a-z0-9-]|[SDU]|C[a-z]|X[0-9a-f]+Z)/.exec(rest)?.[0];
    if (token === undefined) return undefined;
    if (token.length === 1 && /[a-z0-9-]/.test(token)) branch += token;
    else if (token.startsWith('C')) branch += token.slice(1).toUpperCase();
    else if (token.startsWith('X')) branch += String.fromCodePoint(parseInt(token.slice(1, -1), 16));
    else branch += { S: '/', D: '.', U: '_' }[token]!;
    rest = rest.slice(token.length);
  }
  return { branch };
}

describe('version job identifier', () => {
  const table: [BuildJob, string][] = [
    [{ branch: 'staging' }, 'staging'],
    [{ branch: 'master' }, 'master'],
    [{ pullRequest: 34 }, 'PR34'],
    [{ branch: 'feature/login' }, 'featureSlogin'],
    [{ branch: 'bugfix/JIRA-12' }, 'bugfixSCjCiCrCa-12'],
    [{ branch: 'release/2.4' }, 'releaseS2D4'],
    [{ branch: 'dependabot/npm_and_yarn/yaml-2.9.1' }, 'dependabotSnpmUandUyarnSyaml-2D9D1'],
    [{ branch: '007' }, 'N007'],
    [{ branch: 'PR34' }, 'CpCr34'],
    [{ branch: 'fix/ünïcode' }, 'fixSXfcZnXefZcode'],
  ];
  for (const [job, want] of table) {
    it(`writes ${JSON.stringify(job)} as ${want}`, () => {
      expect(jobIdentifier(job)).to.equal(want);
    });
  }

  it('gives every job its own identifier: the code reads back to the job it came from', () => {
    fc.assert(fc.property(arbJob, (job) => {
      expect(decode(jobIdentifier(job))).to.deep.equal(job);
    }), { numRuns: 2000 });
  });

  it('is one SemVer prerelease identifier and OCI tag text, never all digits', () => {
    fc.assert(fc.property(arbJob, (job) => {
      expect(jobIdentifier(job)).to.match(/^[0-9A-Za-z-]+$/).and.not.match(/^\d+$/);
    }));
  });

  it('shortens only an identifier over budget, to exactly the budget, with a digest no exact identifier can have', () => {
    fc.assert(fc.property(arbBranchName, fc.integer({ min: MIN_JOB_BUDGET, max: 80 }), (branch, budget) => {
      const exact = jobIdentifier({ branch });
      const fitted = fitJobIdentifier({ branch }, budget);
      if (exact.length <= budget) expect(fitted).to.equal(exact);
      else {
        expect(fitted).to.have.length(budget).and.match(/H[0-9a-f]{12}$/);
        expect(exact, 'H never appears in an exact identifier').to.not.contain('H');
      }
    }));
  });
});
