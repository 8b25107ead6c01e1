/**
 * Formatting for card lines: token amounts from bigint base units with exact decimals, short
 * addresses, and "unlimited" in words for the max-uint256 allowance idiom.
 *
 *   formatUnits(1_500_000n, 6);          // '1.5'
 *   formatAmount(MAX_UINT256, 18, 'DAI') // 'an unlimited amount of DAI'
 */

export const MAX_UINT256 = (1n << 256n) - 1n;
export const MAX_UINT160 = (1n << 160n) - 1n;

/** Exact decimal rendering of `value` base units with `decimals` places, trailing zeros trimmed. */
export function formatUnits(value: bigint, decimals: number): string {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 255)
    throw new TypeError(`decimals: expected an integer 0..255, got ${decimals}`);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const base = 10n ** BigInt(decimals);
  const whole = abs / base;
  const frac = (abs % base).toString().padStart(decimals, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
}

/** Parses a decimal string ("1.5") into base units; throws naming `what` on bad input or too many places. */
export function parseUnits(text: string, decimals: number, what = 'amount'): bigint {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) throw new TypeError(`${what}: expected a decimal number like "1.5", got "${text.slice(0, 30)}"`);
  const frac = m[2] ?? '';
  if (frac.length > decimals) throw new TypeError(`${what}: at most ${decimals} decimal places`);
  return BigInt(m[1]!) * 10n ** BigInt(decimals) + BigInt(frac.padEnd(decimals, '0') || '0');
}

/** True for the allowance values wallets and dapps use to mean "no limit". */
export function isUnlimited(value: bigint): boolean {
  return value >= MAX_UINT160;
}

/** "1.5 USDC", or "an unlimited amount of USDC" for max-uint allowances. */
export function formatAmount(value: bigint, decimals: number, symbol: string): string {
  return isUnlimited(value)
    ? `an unlimited amount of ${symbol}`
    : `${formatUnits(value, decimals)} ${symbol}`;
}

/** 0x1234…abcd: enough to recognise, too short to copy by mistake. Cards also carry the full address. */
export function shortAddress(address: string): string {
  return address.length > 12 ? `${address.slice(0, 6)}…${address.slice(-4)}` : address;
}

/** A UNIX time in seconds as an ISO date-time (UTC); front ends may re-render it in the user's locale. */
export function formatTime(seconds: bigint | number): string {
  const ms = Number(seconds) * 1000;
  if (!Number.isFinite(ms) || ms > 8.64e15) return 'never';
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
