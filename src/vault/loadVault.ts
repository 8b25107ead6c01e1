/**
 * Open the stored vault with a password, falling back to the `previous` record after a torn write.
 * Only reads: a failure never deletes, rewrites or "repairs" anything.
 *
 *   const { plaintext, key, params, usedFallback } = await loadVault(store, password);
 *   if (usedFallback) warnUser('restored the previous copy of your vault');
 *   // wrong password → VaultError DECRYPT_FAILED; nothing stored → NO_VAULT
 */
import { canonicalJson } from './encoding.js';
import { deriveVaultKey, openWithKey } from './envelope.js';
import { isVaultError, VaultError } from './errors.js';
import type { KdfParams } from './kdfParams.js';
import { parseRecord, type VaultRecord } from './record.js';
import type { VaultStore } from './store.js';

export type LoadResult = {
  plaintext: Uint8Array;
  key: CryptoKey;
  params: KdfParams;
  record: VaultRecord;
  /** true when `current` could not be used and `previous` opened instead */
  usedFallback: boolean;
};

export type DeriveKey = (password: string, params: KdfParams) => Promise<CryptoKey>;

type Parsed =
  | { ok: true; record: VaultRecord }
  | { ok: false; error: VaultError }
  | { ok: false; error: null };

function tryParse(x: unknown): Parsed {
  if (x === undefined) return { ok: false, error: null };
  try {
    return { ok: true, record: parseRecord(x) };
  } catch (e) {
    if (isVaultError(e)) return { ok: false, error: e };
    throw e;
  }
}

async function open(
  password: string,
  record: VaultRecord,
  usedFallback: boolean,
  derive: DeriveKey,
  key?: CryptoKey,
): Promise<LoadResult> {
  const k = key ?? (await derive(password, record.kdf));
  const plaintext = await openWithKey(k, record);
  return { plaintext, key: k, params: record.kdf, record, usedFallback };
}

/**
 * Decision table (a wrong password must never look like corruption):
 * - current well-formed and opens → it.
 * - current well-formed but DECRYPT_FAILED → previous, only if previous opens with the same password
 *   (a torn write); otherwise the DECRYPT_FAILED (the UI says "wrong password").
 * - current missing or malformed → previous if it opens; else previous's error, or current's.
 */
export async function loadVault(
  store: Pick<VaultStore, 'readVault'>,
  password: string,
  derive: DeriveKey = deriveVaultKey,
): Promise<LoadResult> {
  const stored = await store.readVault();
  const current = tryParse(stored.current);
  const previous = tryParse(stored.previous);

  if (!current.ok) {
    if (previous.ok) return open(password, previous.record, true, derive);
    if (current.error) throw current.error;
    if (previous.error) throw previous.error;
    throw new VaultError('vault: nothing stored yet — create or import a wallet first', 'NO_VAULT');
  }

  const key = await derive(password, current.record.kdf);
  try {
    return await open(password, current.record, false, derive, key);
  } catch (e) {
    if (!isVaultError(e, 'DECRYPT_FAILED') || !previous.ok) throw e;
    // Same KDF header (the usual case: encryptWithKey keeps salt and params) → reuse the key; a
    // wrong password then costs one KDF run, not two.
    const sameKdf = canonicalJson(previous.record.kdf) === canonicalJson(current.record.kdf);
    try {
      return await open(password, previous.record, true, derive, sameKdf ? key : undefined);
    } catch (e2) {
      if (isVaultError(e2, 'DECRYPT_FAILED')) throw e; // report the current record's failure
      throw e2;
    }
  }
}
