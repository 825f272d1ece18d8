// Kubernetes resource quantities (k8s.io/apimachinery pkg/api/resource/quantity.go):
//   <quantity> ::= <sign>? <number> <suffix>,  <number> ::= digits | digits. | digits.digits | .digits
//   <suffix>   ::= Ki | Mi | Gi | Ti | Pi | Ei | m | "" | k | M | G | T | P | E | (e|E)<signedNumber>
// Values are compared exactly (as fractions of BigInts), after rounding up to the milli-unit the
// API server keeps ("0.1m" is 1m), so a comparison here agrees with the API server's.
import { cappedMemo } from '../util/capped-memo.js';

const QUANTITY = /^(\+?)([0-9]+(?:\.[0-9]*)?|\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][-+]?[0-9]+)?$/;

const BINARY: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DECIMAL: Record<string, number> = { m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };

/**
 * A non-negative quantity in milli-units, rounded up as the API server rounds; undefined when `s`
 * is not one. Remembered: every module in every environment compares the same few strings.
 */
export const parseQuantityMillis = cappedMemo(parseQuantity);

function parseQuantity(s: string): bigint | undefined {
  const match = QUANTITY.exec(s);
  if (!match) return undefined;
  const [, , number = '', suffix = ''] = match;
  const [whole = '', fraction = ''] = number.split('.');
  let numerator = BigInt((whole || '0') + fraction) * 1000n;
  let denominator = 10n ** BigInt(fraction.length);
  const binary = BINARY[suffix];
  const decimal = suffix.length > 1 && /^[eE]/.test(suffix) ? Number(suffix.slice(1)) : DECIMAL[suffix];
  if (binary !== undefined) numerator *= 2n ** BigInt(binary);
  else if (decimal !== undefined && decimal >= 0) numerator *= 10n ** BigInt(decimal);
  else if (decimal !== undefined) denominator *= 10n ** BigInt(-decimal);
  return (numerator + denominator - 1n) / denominator;
}

/** Negative, zero or positive as a is less than, equal to or greater than b; undefined if either is no quantity. */
export function compareQuantities(a: string, b: string): number | undefined {
  const x = parseQuantityMillis(a);
  const y = parseQuantityMillis(b);
  if (x === undefined || y === undefined) return undefined;
  return x < y ? -1 : x > y ? 1 : 0;
}
