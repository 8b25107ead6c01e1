/**
 * Password → 32-byte key. Argon2id (RFC 9106) via @noble/hashes, async so the worker keeps answering
 * while it runs; PBKDF2-SHA256 via WebCrypto as the fallback. The password is NFKC-normalised then
 * UTF-8 encoded, so the same typed password gives the same key on every OS / keyboard / IME.
 *
 *   const params = newKdfParams();                 // from kdfParams.ts
 *   const raw = await deriveKeyBytes('hunter2', params);
 *   raw.length === 32;
 */
import { argon2idAsync } from '@noble/hashes/argon2.js';
import { base64ToBytes, utf8 } from './encoding.js';
import { VaultError } from './errors.js';
import { type KdfParams, validateKdfParams } from './kdfParams.js';

export const KEY_BYTES = 32;
/** Yield to the event loop every ~10 ms of Argon2 work (noble's asyncTick) so messages keep flowing. */
const ASYNC_TICK_MS = 10;

export function passwordBytes(password: unknown): Uint8Array<ArrayBuffer> {
  if (typeof password !== 'string' || password.length === 0) {
    throw new VaultError('password: expected a non-empty string', 'BAD_PASSWORD');
  }
  return utf8(password.normalize('NFKC'));
}

export type DeriveOptions = { onProgress?: (fraction: number) => void };

/** Validates `params` (minimums enforced, whatever the caller) and derives the raw key bytes. */
export async function deriveKeyBytes(
  password: string,
  params: KdfParams,
  opts: DeriveOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const p = validateKdfParams(params);
  const pw = passwordBytes(password);
  const salt = base64ToBytes(p.salt, 'kdf.salt');
  try {
    if (p.name === 'argon2id') {
      const out = await argon2idAsync(pw, salt, {
        m: p.m,
        t: p.t,
        p: p.p,
        dkLen: KEY_BYTES,
        asyncTick: ASYNC_TICK_MS,
        ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
      });
      return new Uint8Array(out);
    }
    const base = await crypto.subtle.importKey('raw', pw, 'PBKDF2', false, ['deriveBits']);
    const bits = await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: p.iterations },
      base,
      KEY_BYTES * 8,
    );
    return new Uint8Array(bits);
  } finally {
    pw.fill(0); // best effort: JS strings can't be wiped, but our byte copy can
  }
}
