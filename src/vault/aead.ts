/**
 * AES-256-GCM through WebCrypto. Layout of a sealed value: iv (12 bytes) || ciphertext || tag (16 bytes).
 * A fresh random 96-bit IV every call: with one key per vault and a handful of writes per session,
 * random IVs stay far below the 2^32-messages-per-key bound of NIST SP 800-38D §8.3.
 *
 *   const key = await importAesKey(raw32);              // non-extractable CryptoKey
 *   const sealed = await seal(key, plaintext, header);  // header = associated data
 *   const again = await open(key, sealed, header);      // throws VaultError DECRYPT_FAILED
 */
import { concatBytes, ownBytes } from './encoding.js';
import { DECRYPT_FAILED_MESSAGE, VaultError } from './errors.js';

export const IV_BYTES = 12;
export const TAG_BYTES = 16;

/** Non-extractable: even code holding the CryptoKey cannot read the key bytes back out. */
export async function importAesKey(raw: Uint8Array): Promise<CryptoKey> {
  if (!(raw instanceof Uint8Array) || raw.length !== 32) {
    throw new VaultError(`raw: expected 32 key bytes, got ${shape(raw)}`, 'BAD_ARGUMENT');
  }
  const copy = ownBytes(raw);
  try {
    return await crypto.subtle.importKey('raw', copy, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
  } finally {
    copy.fill(0);
  }
}

export async function seal(key: CryptoKey, plaintext: Uint8Array, aad: Uint8Array): Promise<Uint8Array> {
  checkBytes(plaintext, 'plaintext');
  checkBytes(aad, 'aad');
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const copy = ownBytes(plaintext);
  try {
    const ct = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: ownBytes(aad), tagLength: TAG_BYTES * 8 },
      key,
      copy,
    );
    return concatBytes(iv, new Uint8Array(ct));
  } finally {
    copy.fill(0); // the plaintext copy WebCrypto read from (issue 7, finding 6)
  }
}

export async function open(key: CryptoKey, sealed: Uint8Array, aad: Uint8Array): Promise<Uint8Array> {
  checkBytes(sealed, 'sealed');
  checkBytes(aad, 'aad');
  if (sealed.length < IV_BYTES + TAG_BYTES) {
    throw new VaultError(
      `sealed: expected at least ${IV_BYTES + TAG_BYTES} bytes, got ${sealed.length}`,
      'CORRUPT',
    );
  }
  try {
    const pt = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: ownBytes(sealed.subarray(0, IV_BYTES)),
        additionalData: ownBytes(aad),
        tagLength: 128,
      },
      key,
      ownBytes(sealed.subarray(IV_BYTES)),
    );
    return new Uint8Array(pt);
  } catch (e) {
    // WebCrypto gives an opaque OperationError for both a wrong key and a modified byte.
    throw new VaultError(DECRYPT_FAILED_MESSAGE, 'DECRYPT_FAILED', { cause: e });
  }
}

function checkBytes(x: unknown, field: string): void {
  if (!(x instanceof Uint8Array))
    throw new VaultError(`${field}: expected a Uint8Array, got ${shape(x)}`, 'BAD_ARGUMENT');
}

function shape(x: unknown): string {
  return x instanceof Uint8Array ? `${x.length} bytes` : typeof x;
}
