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

/** Sign of (amount / 10^decimals − threshold): -1, 0 or 1. */
export function compareUnits(amount: bigint, decimals: number, threshold: Decimal): -1 | 0 | 1 {
  const left = amount * 10n ** BigInt(threshold.scale);
  const right = threshold.digits * 10n ** BigInt(decimals);
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
  const cmp = (text: string) => compareUnits(amount, decimals, parseDecimal(text));
  if (bounds.gt !== undefined && !(cmp(bounds.gt) > 0)) return false;
  if (bounds.gte !== undefined && !(cmp(bounds.gte) >= 0)) return false;
  if (bounds.lt !== undefined && !(cmp(bounds.lt) < 0)) return false;
  if (bounds.lte !== undefined && !(cmp(bounds.lte) <= 0)) return false;
  return true;
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
