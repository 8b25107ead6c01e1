/**
 * Unlock for both formats: a v2 vault (data key wrapped by the password) opens directly, with a
 * KDF upgrade that only rewraps the data key; a v1 vault opens with the v1 reader, and the wallet
 * migrates it (it needs the ring to seal under a new data key). Throttled like every password try.
 *
 *   const o = await openVault(store, 'pw', { openKey: dataKeys.open });
 *   o.format === 2 ? o.record.states : migrate(o);
 */
import { open } from './aead.js';
import { base64ToBytes } from './encoding.js';
import { isVaultError } from './errors.js';
import { DEFAULT_KDF, type KdfParams, type KdfSettings, needsUpgrade, newKdfParams } from './kdfParams.js';
import { type LoadResult, loadVault } from './loadVault.js';
import { dataAad, isV2, parseRecordV2, type VaultRecordV2 } from './recordV2.js';
import type { VaultStore } from './store.js';
import { recordSuccess } from './throttle.js';
import { chargeAttempt } from './unlock.js';

/** The ring's data-key opener: unwraps (and, given `upgradeTo`, rewraps under new KDF params). */
export type OpenKey = (
  password: string,
  kdf: KdfParams,
  wrappedKey: string,
  upgradeTo?: KdfParams,
) => Promise<{ key: CryptoKey; rewrapped?: string }>;

export type OpenedV2 = {
  format: 2;
  plaintext: Uint8Array;
  key: CryptoKey;
  record: VaultRecordV2;
  usedFallback: boolean;
  upgraded: boolean;
  upgradeError?: unknown;
};
export type Opened = OpenedV2 | (LoadResult & { format: 1 });

export type OpenOptions = { now?: () => number; kdfTarget?: KdfSettings; openKey: OpenKey };

async function tryOpen(password: string, x: unknown, openKey: OpenKey, upgradeTo?: KdfSettings) {
  const record = parseRecordV2(x);
  const target = upgradeTo && needsUpgrade(record.kdf, upgradeTo) ? newKdfParams(upgradeTo) : undefined;
  const { key, rewrapped } = await openKey(password, record.kdf, record.wrappedKey, target);
  const plaintext = await open(key, base64ToBytes(record.data, 'vault record.data'), dataAad(record));
  return {
    record,
    key,
    plaintext,
    ...(target && rewrapped ? { next: { kdf: target, wrappedKey: rewrapped } } : {}),
  };
}

export async function openVault(store: VaultStore, password: string, opts: OpenOptions): Promise<Opened> {
  await chargeAttempt(store, password, opts.now ?? Date.now);
  const stored = await store.readVault();
  if (!isV2(stored.current) && !isV2(stored.previous)) {
    const loaded = await loadVault(store, password);
    await store.updateMeta(() => recordSuccess());
    return { ...loaded, format: 1 };
  }
  const target = opts.kdfTarget ?? DEFAULT_KDF;
  let usedFallback = false;
  let got: Awaited<ReturnType<typeof tryOpen>>;
  try {
    got = await tryOpen(password, stored.current, opts.openKey, target);
  } catch (e) {
    // A wrong password must stay "wrong password": only fall back when previous opens with it.
    if (!isV2(stored.previous) || !isVaultError(e)) throw e;
    try {
      got = await tryOpen(password, stored.previous, opts.openKey);
      usedFallback = true;
    } catch {
      throw e;
    }
  }
  await store.updateMeta(() => recordSuccess());
  const result: OpenedV2 = { format: 2, ...got, usedFallback, upgraded: false };
  if (usedFallback || !got.next) return result;
  // Rewrap only: `data` and every state record stay as they are (their associated data has no KDF).
  const record: VaultRecordV2 = { ...got.record, ...got.next };
  try {
    await store.commit({ vault: record, previous: 'same' });
    return { ...result, record, upgraded: true };
  } catch (upgradeError) {
    return { ...result, upgradeError };
  }
}

/** The password check behind a proof (v1 or v2), throttled; writes nothing but the counter. */
export async function checkPassword(
  store: VaultStore,
  password: string,
  unwrap: (password: string, kdf: KdfParams, wrappedKey: string) => Promise<Uint8Array>,
  now: () => number = Date.now,
): Promise<void> {
  await chargeAttempt(store, password, now);
  const { current } = await store.readVault();
  if (isV2(current)) {
    const record = parseRecordV2(current);
    (await unwrap(password, record.kdf, record.wrappedKey)).fill(0);
  } else {
    const loaded = await loadVault(store, password);
    loaded.plaintext.fill(0);
  }
  await store.updateMeta(() => recordSuccess());
}
