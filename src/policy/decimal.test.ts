import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsCheck, compareUnits, inBounds, parseDecimal } from './decimal';

// The threshold as a fraction n/d, compared by cross-multiplication: an independent oracle.
function naiveSign(amount: bigint, decimals: number, text: string): number {
  const [whole, frac = ''] = text.split('.');
  const n = BigInt(whole + frac);
  const left = amount * 10n ** BigInt(frac.length);
  const right = n * 10n ** BigInt(decimals);
  return left === right ? 0 : left > right ? 1 : -1;
}

const decimalText = fc
  .tuple(
    fc.bigInt({ min: 0n, max: 10n ** 30n }),
    fc.option(fc.stringMatching(/^\d{1,30}$/), { nil: undefined }),
  )
  .map(([whole, frac]) => (frac === undefined ? `${whole}` : `${whole}.${frac}`));

describe('decimal thresholds', () => {
  it('compares exactly at the boundary: exactly 1 ETH is not above 1, one wei more is', () => {
    expect(inBounds(10n ** 18n, 18, { gt: '1' })).toBe(false);
    expect(inBounds(10n ** 18n + 1n, 18, { gt: '1' })).toBe(true);
    expect(inBounds(10n ** 18n, 18, { gte: '1', lte: '1' })).toBe(true);
    expect(compareUnits(5n, 0, parseDecimal('5.000000000000000000000001'))).toBe(-1);
  });

  it('a compiled check agrees with the fraction oracle on every bound (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 40n }),
        fc.integer({ min: 0, max: 30 }),
        decimalText,
        fc.constantFrom('gt', 'gte', 'lt', 'lte'),
        (amount, decimals, text, op) => {
          const sign = naiveSign(amount, decimals, text);
          const expected = { gt: sign > 0, gte: sign >= 0, lt: sign < 0, lte: sign <= 0 }[op];
          expect(boundsCheck({ [op]: text })(amount, decimals)).toBe(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('names the bad bound when a threshold does not parse', () => {
    expect(() => boundsCheck({ lt: '1e5' })).toThrow(/^lt: expected a decimal string/);
  });
});
