/**
 * The popup's own checks on guardian forms, before any call (the ring checks again):
 * 1 ≤ T ≤ N ≤ 10 for a split (src/rpc/procedures/guardians.ts), and which pasted shares to send.
 *
 *   splitProblem(2, 3);            // null
 *   nonEmptyShares([' a ', '']);   // ['a']
 */

/** A split has at most this many envelopes (splitToGuardians: count ≤ 10). */
export const MAX_GUARDIANS = 10;
/** recoverWallet takes at most this many shares. */
export const MAX_SHARE_FIELDS = 16;

/** What is wrong with T and N as typed (NaN for an empty field), or null when they can be sent. */
export function splitProblem(threshold: number, count: number): string | null {
  if (!Number.isInteger(count) || count < 1 || count > MAX_GUARDIANS)
    return `Number of guardians: a whole number from 1 to ${MAX_GUARDIANS}.`;
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > count)
    return `Threshold: a whole number from 1 to the number of guardians (${count}).`;
  return null;
}

/** The texts to send: trimmed, empty fields dropped. */
export function nonEmptyShares(shares: readonly string[]): string[] {
  return shares.map((share) => share.trim()).filter((share) => share !== '');
}
