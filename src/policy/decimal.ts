/**
 * Exact decimal thresholds against bigint base units. A rule says "0.5" (ETH); a request carries
 * 500000000000000000n wei; the comparison is done on integers — amount·10^scale against
 * digits·10^decimals — so no float rounding and no limit on the places the rule may write.
 *
 *   const half = parseDecimal('0.5');
 *   compareUnits(600_000_000_000_000_000n, 18, half); // 1 (0.6 ETH > 0.5 ETH)
 *   inBounds(10n ** 18n, 18, { gt: '1' });             // false: exactly 1 is not above 1
 */

/** A non-negative decimal number as `digits / 10^scale`. */
export interface Decimal {
  readonly digits: bigint;
  readonly scale: number;
}

/** Plain non-negative decimals: "1", "0.5", "1000.000001" (no sign, exponent, or leading zeros). */
export const DECIMAL_RE = /^(0|[1-9]\d{0,77})(\.\d{1,78})?$/;

export function parseDecimal(text: string, what = 'amount'): Decimal {
  if (typeof text !== 'string' || !DECIMAL_RE.test(text))
    throw new TypeError(`${what}: expected a decimal string like "0.5"`);
  const [whole, frac = ''] = text.split('.');
  return { digits: BigInt(`${whole}${frac}`), scale: frac.length };
}

// Powers of ten up to 10^255 (the most decimals an asset may have), computed once.
const POW10: bigint[] = [1n];
const pow10 = (n: number): bigint => {
  for (let i = POW10.length; i <= n; i++) POW10.push(POW10[i - 1]! * 10n);
  return POW10[n]!;
};

/** Sign of (amount / 10^decimals − threshold): -1, 0 or 1. */
export function compareUnits(amount: bigint, decimals: number, threshold: Decimal): -1 | 0 | 1 {
  const left = amount * pow10(threshold.scale);
  const right = threshold.digits * pow10(decimals);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The bounds of an `amount` or window `total` condition; all given bounds must hold. */
export interface Bounds {
  gt?: string;
  gte?: string;
  lt?: string;
  lte?: string;
}

/** Whether `amount` base units of an asset with `decimals` places lie within every given bound. */
export function inBounds(amount: bigint, decimals: number, bounds: Bounds): boolean {
  return boundsCheck(bounds)(amount, decimals);
}

const SIGNS_ALLOWED = { gt: [1], gte: [0, 1], lt: [-1], lte: [-1, 0] } as const;

/**
 * `bounds` parsed once into a check (the rules compile their thresholds with this, so a request
 * does no string parsing): `boundsCheck({ gt: '1' })(10n ** 18n, 18)` is false.
 */
export function boundsCheck(bounds: Bounds): (amount: bigint, decimals: number) => boolean {
  const parts = (Object.keys(SIGNS_ALLOWED) as (keyof Bounds)[])
    .filter((op) => bounds[op] !== undefined)
    .map((op) => ({
      threshold: parseDecimal(bounds[op]!, op),
      signs: SIGNS_ALLOWED[op] as readonly number[],
    }));
  return (amount, decimals) =>
    parts.every(({ threshold, signs }) => signs.includes(compareUnits(amount, decimals, threshold)));
}

/** "> 1, ≤ 5" — the bounds in words for a reason line. */
export function boundsText(bounds: Bounds): string {
  const parts: string[] = [];
  if (bounds.gt !== undefined) parts.push(`> ${bounds.gt}`);
  if (bounds.gte !== undefined) parts.push(`≥ ${bounds.gte}`);
  if (bounds.lt !== undefined) parts.push(`< ${bounds.lt}`);
  if (bounds.lte !== undefined) parts.push(`≤ ${bounds.lte}`);
  return parts.join(', ');
}
