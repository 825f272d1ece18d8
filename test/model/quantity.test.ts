// Kubernetes quantities, table-driven against what k8s.io/apimachinery's Quantity parses.
import { expect } from 'chai';
import { compareQuantities, parseQuantityMillis } from '../../src/model/quantity.js';

describe('model/quantity', () => {
  it('parses every suffix form to milli-units', () => {
    const cases: [string, bigint][] = [
      ['500m', 500n], ['1', 1000n], ['0.5', 500n], ['1.5', 1500n], ['.5', 500n], ['2.', 2000n], ['+3', 3000n],
      ['1k', 1_000_000n], ['1M', 1_000_000_000n], ['1G', 1_000_000_000_000n], ['1Ki', 1_024_000n], ['512Mi', 536_870_912_000n],
      ['1Gi', 1_073_741_824_000n], ['1e3', 1_000_000n], ['1E3', 1_000_000n], ['1E', 10n ** 21n], ['1e-3', 1n], ['0.1m', 1n], ['0.0001', 1n], ['0', 0n],
    ];
    for (const [text, millis] of cases) expect(parseQuantityMillis(text), text).to.equal(millis);
  });

  it('rejects what is not a quantity', () => {
    for (const text of ['', 'm', '1mi', '1KB', '1.2.3', '-1', '1 Gi', 'Gi', '1e', '0x10']) expect(parseQuantityMillis(text), text).to.equal(undefined);
  });

  it('compares across units like the API server (512Mi < 1G < 1Gi; 1000m = 1)', () => {
    expect(compareQuantities('512Mi', '1G')).to.equal(-1);
    expect(compareQuantities('1G', '1Gi')).to.equal(-1);
    expect(compareQuantities('1000m', '1')).to.equal(0);
    expect(compareQuantities('2', '1500m')).to.equal(1);
    expect(compareQuantities('0.0009', '0.0002')).to.equal(0);
    expect(compareQuantities('1x', '1')).to.equal(undefined);
  });
});
