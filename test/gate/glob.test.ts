import { expect } from 'chai';
import { matchesSegment, parseGlob } from '../../src/gate/glob.js';

describe('gate: glob patterns', () => {
  it('splits the literal base from the wildcard segments', () => {
    const glob = parseGlob('./build/test-results/**/TEST-*.xml');
    expect(glob.base).to.equal('build/test-results');
    expect(glob.segments.map((s) => s.kind)).to.deep.equal(['globstar', 'pattern']);
    expect(parseGlob('/abs/reports/*.xml').base).to.equal('/abs/reports');
  });

  it('matches * and ? within one segment, never a leading dot, and treats regex characters literally', () => {
    const [star] = parseGlob('TEST-*.xml').segments;
    const [question] = parseGlob('report-?.xml').segments;
    const [literalish] = parseGlob('a+(b)*.xml').segments;
    expect(star && matchesSegment(star, 'TEST-com.acme.A.xml')).to.equal(true);
    expect(star && matchesSegment(star, 'TEST-a.xml.bak')).to.equal(false);
    expect(question && matchesSegment(question, 'report-1.xml')).to.equal(true);
    expect(question && matchesSegment(question, 'report-12.xml')).to.equal(false);
    expect(literalish && matchesSegment(literalish, 'a+(b)1.xml')).to.equal(true);
    expect(literalish && matchesSegment(literalish, 'aa(b)1.xml')).to.equal(false);
    const [any] = parseGlob('*').segments;
    expect(any && matchesSegment(any, '.hidden')).to.equal(false);
  });
});
