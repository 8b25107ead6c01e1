/**
 * VaultError: the one error type the vault throws, with a machine-readable `code`.
 *
 *   try { await unlockVault(store, password); }
 *   catch (e) { if (e instanceof VaultError && e.code === 'DECRYPT_FAILED') showWrongPassword(); }
 *   // e.code === 'THROTTLED' → e.retryAfterMs says when to try again
 */

/**
 * - BAD_PASSWORD: the password argument itself is unusable (not a non-empty string).
 * - DECRYPT_FAILED: AES-GCM refused — wrong password *or* tampering; GCM cannot tell them apart.
 * - TAMPERED: the header carries values no honest writer produces (e.g. KDF cost below the minimums).
 * - CORRUPT: structurally invalid data (bad JSON, missing fields, bad base64, unknown version).
 * - STALE: a record from another (older) generation than the vault record names: rolled back.
 * - NO_VAULT: nothing stored yet.
 * - THROTTLED: too many failed unlocks; see `retryAfterMs`.
 * - BAD_ARGUMENT: a programming error by the caller.
 */
export type VaultErrorCode =
  | 'BAD_PASSWORD'
  | 'DECRYPT_FAILED'
  | 'TAMPERED'
  | 'CORRUPT'
  | 'STALE'
  | 'NO_VAULT'
  | 'THROTTLED'
  | 'BAD_ARGUMENT';

export class VaultError extends Error {
  override readonly name = 'VaultError';
  readonly code: VaultErrorCode;
  /** Only for THROTTLED: milliseconds until the next attempt is allowed. */
  readonly retryAfterMs: number | undefined;

  constructor(message: string, code: VaultErrorCode, opts: { retryAfterMs?: number; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.code = code;
    this.retryAfterMs = opts.retryAfterMs;
  }
}

/** The message the UI shows as "wrong password" (the contract requires the word "password"). */
export const DECRYPT_FAILED_MESSAGE =
  'vault: decryption failed — wrong password or the vault was tampered with';

export function isVaultError(e: unknown, code?: VaultErrorCode): e is VaultError {
  return e instanceof VaultError && (code === undefined || e.code === code);
}
