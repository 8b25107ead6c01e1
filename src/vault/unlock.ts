/**
 * The two stateful vault flows over a store: create a vault, and unlock it (throttled, with a KDF
 * upgrade after success). Failed attempts are persisted *before* the KDF runs, so neither killing
 * the worker mid-attempt nor firing attempts in parallel gets a guess for free.
 *
 *   const { key } = await createVault(store, 'pw', utf8(JSON.stringify(secrets)));
 *   const { plaintext, key, usedFallback } = await unlockVault(store, 'pw');
 *   // VaultError codes: DECRYPT_FAILED (wrong password), THROTTLED (e.retryAfterMs), NO_VAULT, CORRUPT
 */
import { type EncryptResult, encryptVault } from './envelope.js';
import { VaultError } from './errors.js';
import { passwordBytes } from './kdf.js';
import { DEFAULT_KDF, type KdfSettings, needsUpgrade } from './kdfParams.js';
import { type DeriveKey, type LoadResult, loadVault } from './loadVault.js';
import type { VaultStore } from './store.js';
import {
  checkThrottle,
  clampThrottle,
  recordFailure,
  recordSuccess,
  type ThrottleVerdict,
} from './throttle.js';

export type UnlockOptions = {
  /** clock, injectable for tests */
  now?: () => number;
  /** KDF to upgrade to when the stored one is weaker (PBKDF2_FALLBACK_KDF on slow devices) */
  kdfTarget?: KdfSettings;
  /** How the key is made from the password (the ring passes its key-registering derivation) */
  deriveKey?: DeriveKey;
};
export type UnlockResult = LoadResult & { upgraded: boolean; upgradeError?: unknown };

export async function createVault(
  store: VaultStore,
  password: string,
  plaintext: Uint8Array,
  opts: { kdf?: KdfSettings; overwrite?: boolean } = {},
): Promise<EncryptResult> {
  const { current, previous } = await store.readVault();
  if (!opts.overwrite && (current !== undefined || previous !== undefined)) {
    throw new VaultError(
      'store: a vault already exists (pass overwrite: true to replace it)',
      'BAD_ARGUMENT',
    );
  }
  const result = await encryptVault(password, plaintext, opts.kdf ?? DEFAULT_KDF);
  await store.writeVault(result.record);
  await store.writeMeta(recordSuccess());
  return result;
}

export async function unlockVault(
  store: VaultStore,
  password: string,
  opts: UnlockOptions = {},
): Promise<UnlockResult> {
  await chargeAttempt(store, password, opts.now ?? Date.now);
  const loaded = await loadVault(store, password, opts.deriveKey);
  await store.updateMeta(() => recordSuccess());

  const target = opts.kdfTarget ?? DEFAULT_KDF;
  // After a fallback, writing would rotate the unusable `current` into `previous`: leave that to an
  // explicit repair the user is told about.
  if (loaded.usedFallback || !needsUpgrade(loaded.params, target)) return { ...loaded, upgraded: false };
  try {
    const { record, key } = await encryptVault(password, loaded.plaintext, target, {}, opts.deriveKey);
    await store.writeVault(record);
    return { ...loaded, record, key, params: record.kdf, upgraded: true };
  } catch (upgradeError) {
    // The stored vault is untouched and still opens: a failed upgrade must not fail the unlock.
    return { ...loaded, upgraded: false, upgradeError };
  }
}

/** Charges one attempt before any KDF runs (throttled: THROTTLED with retryAfterMs). */
export async function chargeAttempt(store: VaultStore, password: string, now: () => number): Promise<void> {
  passwordBytes(password); // an empty field is not a guess: refuse it before charging an attempt
  let verdict = { ok: true } as ThrottleVerdict;
  // Check and charge in one transaction: the attempt counts as failed until it succeeds.
  await store.updateMeta((meta) => {
    const t = now();
    verdict = checkThrottle(meta, t);
    return verdict.ok ? recordFailure(meta, t) : clampThrottle(meta, t);
  });
  if (!verdict.ok) {
    const seconds = Math.ceil(verdict.retryAfterMs / 1000);
    throw new VaultError(`vault: too many wrong password attempts — try again in ${seconds} s`, 'THROTTLED', {
      retryAfterMs: verdict.retryAfterMs,
    });
  }
}
