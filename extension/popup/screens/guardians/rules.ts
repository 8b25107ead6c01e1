/**
 * The popup's own checks on guardian forms, before any call (the ring checks again):
 * 1 ≤ T ≤ N ≤ 10 for a split (src/rpc/procedures/guardians.ts), and which pasted shares to send.
 *
 *   splitProblem(2, 3);            // null
 *   splitProblem(4, 3);            // { field: 'threshold', max: 3 }
 *   nonEmptyShares([' a ', '']);   // ['a']
 */

/** A split has at most this many envelopes (splitToGuardians: count ≤ 10). */
export const MAX_GUARDIANS = 10;
/** recoverWallet takes at most this many shares. */
export const MAX_SHARE_FIELDS = 16;

/** Which field is wrong and the largest value it takes; the screen words it (in `_locales`). */
export interface SplitProblem {
  field: 'count' | 'threshold';
  max: number;
}

/** What is wrong with T and N as typed (NaN for an empty field), or null when they can be sent. */
export function splitProblem(threshold: number, count: number): SplitProblem | null {
  if (!Number.isInteger(count) || count < 1 || count > MAX_GUARDIANS)
    return { field: 'count', max: MAX_GUARDIANS };
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > count)
    return { field: 'threshold', max: count };
  return null;
}

/** The texts to send: trimmed, empty fields dropped. */
export function nonEmptyShares(shares: readonly string[]): string[] {
  return shares.map((share) => share.trim()).filter((share) => share !== '');
}
