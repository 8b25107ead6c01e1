/**
 * Wrapping the vault's data key: KEK = KDF(password, header) → AES-256-GCM over the 32 raw key
 * bytes, associated data wrapAad(kdf). Raw helpers: only the ring's vault-crypto clearances call
 * them, and they zero every copy of the raw key they make.
 *
 *   const wrapped = await wrapDataKey(password, kdf, raw);
 *   const raw = await unwrapDataKey(password, kdf, wrapped);   // DECRYPT_FAILED on a wrong password
 */
import { open, seal } from './aead.js';
import { base64ToBytes, bytesToBase64 } from './encoding.js';
import { deriveVaultKey } from './envelope.js';
import { VaultError } from './errors.js';
import type { KdfParams } from './kdfParams.js';
import { wrapAad } from './recordV2.js';

export const DATA_KEY_BYTES = 32;

export async function wrapDataKey(password: string, kdf: KdfParams, raw: Uint8Array): Promise<string> {
  if (!(raw instanceof Uint8Array) || raw.length !== DATA_KEY_BYTES)
    throw new VaultError('raw: expected a 32-byte data key', 'BAD_ARGUMENT');
  const kek = await deriveVaultKey(password, kdf);
  return bytesToBase64(await seal(kek, raw, wrapAad(kdf)));
}

export async function unwrapDataKey(password: string, kdf: KdfParams, wrapped: string): Promise<Uint8Array> {
  const kek = await deriveVaultKey(password, kdf);
  const raw = await open(kek, base64ToBytes(wrapped, 'vault record.wrappedKey'), wrapAad(kdf));
  if (raw.length !== DATA_KEY_BYTES) {
    raw.fill(0);
    throw new VaultError('vault record.wrappedKey: not a 32-byte key', 'CORRUPT');
  }
  return raw;
}
