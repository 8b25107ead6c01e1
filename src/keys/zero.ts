/**
 * Zeroing of secret buffers (seeds, entropy, private keys) once their owner is done with them.
 *
 * @example
 * const account = deriveEvmAccount(seed, 0);
 * try { sign(account.privateKey); } finally { zero(account.privateKey, seed); }
 */

/**
 * Overwrites each array with zeros; `null`/`undefined` are skipped so it fits `finally` blocks.
 *
 * This is best effort, and deliberately so: JavaScript gives no control over memory, so the
 * engine (or a library, or a string conversion) may have made copies we cannot reach, and the
 * garbage collector frees without clearing. We still clear every buffer we own, which shortens
 * how long a secret sits in the heap and keeps it out of later reads of a reused buffer.
 */
export function zero(...arrays: (Uint8Array | null | undefined)[]): void {
  for (const a of arrays) {
    if (a == null) continue;
    if (!(a instanceof Uint8Array)) {
      throw new TypeError(`zero: expected Uint8Array arguments, got ${typeof a}`);
    }
    a.fill(0);
  }
}
