/**
 * Password-based vault encryption: KDF (from the header) → AES-256-GCM with the header as associated
 * data. `encryptWithKey` lets an unlocked session re-encrypt after a change without re-running the
 * KDF (same salt and params, fresh IV).
 *
 *   const { record, key } = await encryptVault('pw', bytes);       // new salt, DEFAULT_KDF
 *   const { plaintext, params } = await decryptVault('pw', record); // DECRYPT_FAILED on wrong pw
 *   const next = await encryptWithKey(key, params, changed, { createdAt: record.createdAt });
 */
import { importAesKey, open, seal } from './aead.js';
import { base64ToBytes, bytesToBase64, canonicalJson } from './encoding.js';
import { VaultError } from './errors.js';
import { type DeriveOptions, deriveKeyBytes, passwordBytes } from './kdf.js';
import {
  DEFAULT_KDF,
  type KdfParams,
  type KdfSettings,
  newKdfParams,
  validateKdfParams,
} from './kdfParams.js';
import { headerBytes, parseRecord, type VaultHeader, type VaultRecord } from './record.js';

export type EncryptResult = { record: VaultRecord; key: CryptoKey };
export type DecryptResult = { plaintext: Uint8Array; key: CryptoKey; params: KdfParams; record: VaultRecord };
export type ReEncryptOptions = { createdAt?: number; now?: number };

/**
 * Which params each vault key was derived from. encryptWithKey checks it: a record sealed with a key
 * that its header's KDF does not produce could never be opened with the password again.
 */
const keyParams = new WeakMap<CryptoKey, string>();

/** Password + header params → non-extractable AES key; the raw bytes are wiped after import. */
export async function deriveVaultKey(
  password: string,
  params: KdfParams,
  opts?: DeriveOptions,
): Promise<CryptoKey> {
  const raw = await deriveKeyBytes(password, params, opts);
  try {
    const key = await importAesKey(raw);
    keyParams.set(key, canonicalJson(validateKdfParams(params)));
    return key;
  } finally {
    raw.fill(0);
  }
}

export async function encryptVault(
  password: string,
  plaintext: Uint8Array,
  kdf: KdfSettings = DEFAULT_KDF,
  opts?: DeriveOptions,
  derive: (password: string, params: KdfParams) => Promise<CryptoKey> = (pw, p) =>
    deriveVaultKey(pw, p, opts),
): Promise<EncryptResult> {
  passwordBytes(password); // fail fast on a bad password, before choosing a salt
  const params = newKdfParams(kdf);
  const key = await derive(password, params);
  const record = await encryptWithKey(key, params, plaintext);
  return { record, key };
}

/** Re-encrypt under an existing key. Pass the original `createdAt` to keep it; `updatedAt` is then set. */
export async function encryptWithKey(
  key: CryptoKey,
  kdf: KdfParams,
  plaintext: Uint8Array,
  opts: ReEncryptOptions = {},
): Promise<VaultRecord> {
  const params = validateKdfParams(kdf, 'argument');
  if (keyParams.get(key) !== canonicalJson(params)) {
    throw new VaultError(
      'key: was not derived from these kdf params (the record would never open)',
      'BAD_ARGUMENT',
    );
  }
  if (!(plaintext instanceof Uint8Array))
    throw new VaultError('plaintext: expected a Uint8Array', 'BAD_ARGUMENT');
  const now = opts.now ?? Date.now();
  const header: Omit<VaultRecord, 'data'> = { v: 1, kdf: params, createdAt: opts.createdAt ?? now };
  if (opts.createdAt !== undefined) header.updatedAt = now;
  const sealed = await seal(key, plaintext, headerBytes(header));
  // Round-trip through the parser so we never hand the store a record we would refuse to read.
  return parseRecord({ ...header, data: bytesToBase64(sealed) });
}

/** The header (associated data) a record sealed elsewhere (the ring's encrypt) will carry. */
export function vaultHeader(kdf: KdfParams, opts: ReEncryptOptions = {}): VaultHeader {
  const now = opts.now ?? Date.now();
  const header: VaultHeader = {
    v: 1,
    kdf: validateKdfParams(kdf, 'argument'),
    createdAt: opts.createdAt ?? now,
  };
  if (opts.createdAt !== undefined) header.updatedAt = now;
  return header;
}

/** header + sealed bytes (iv ‖ ciphertext ‖ tag) → a record, parsed so the store never refuses it. */
export function vaultRecordOf(header: VaultHeader, sealed: Uint8Array): VaultRecord {
  return parseRecord({ ...header, data: bytesToBase64(sealed) });
}

/** Decrypt with an already-derived key (no KDF). Validates the record first. */
export async function openWithKey(key: CryptoKey, record: unknown): Promise<Uint8Array> {
  const r = parseRecord(record);
  return open(key, base64ToBytes(r.data, 'vault record.data'), headerBytes(r));
}

/** Validate (CORRUPT/TAMPERED, before any KDF), derive, decrypt (DECRYPT_FAILED). */
export async function decryptVault(
  password: string,
  record: unknown,
  opts?: DeriveOptions,
): Promise<DecryptResult> {
  const r = parseRecord(record);
  const key = await deriveVaultKey(password, r.kdf, opts);
  const plaintext = await openWithKey(key, r);
  return { plaintext, key, params: r.kdf, record: r };
}
