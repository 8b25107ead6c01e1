/**
 * Password → 32-byte key. Argon2id (RFC 9106) via OpenPGP.js's WebAssembly build with SIMD (argon2idWasm.ts;
 * ~5× faster than JS, so the same cost unlocks sooner), falling back to @noble/hashes' pure-JS argon2idAsync where
 * WebAssembly is missing or refused (e.g. a CSP without 'wasm-unsafe-eval'): same bytes either way.
 * PBKDF2-SHA256 via WebCrypto for vaults on the PBKDF2 fallback. The password is NFKC-normalised then
 * UTF-8 encoded, so the same typed password gives the same key on every OS / keyboard / IME.
 *
 *   const params = newKdfParams();                 // from kdfParams.ts
 *   const raw = await deriveKeyBytes('hunter2', params);
 *   raw.length === 32;
 */
import { argon2idAsync } from '@noble/hashes/argon2.js';
import { loadArgon2idWasm } from './argon2idWasm.js';
import { base64ToBytes, utf8 } from './encoding.js';
import { VaultError } from './errors.js';
import { type Argon2idSettings, type KdfParams, validateKdfParams } from './kdfParams.js';

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

export type Argon2idImpl = 'wasm' | 'js';
/**
 * Set once WebAssembly fails to compile/instantiate (no WebAssembly, CSP refusal): later unlocks go
 * straight to JS instead of failing the same way again.
 */
let wasmUnavailable = typeof WebAssembly !== 'object';

/** Which Argon2id implementation the next derivation will try first. */
export function argon2idImpl(): Argon2idImpl {
  return wasmUnavailable ? 'js' : 'wasm';
}

/**
 * Argon2id with one implementation, chosen explicitly (the tests check both against each other and
 * the RFC vector). The WASM build blocks the thread for its whole run (~0.3 s at the defaults) and
 * reports progress only at the end; the JS build yields every ~10 ms and reports as it goes.
 */
export async function argon2idWith(
  impl: Argon2idImpl,
  pw: Uint8Array,
  salt: Uint8Array,
  s: Pick<Argon2idSettings, 'm' | 't' | 'p'>,
  opts: DeriveOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  if (impl === 'wasm') {
    const hash = await loadArgon2idWasm();
    const out = hash({
      password: pw,
      salt,
      parallelism: s.p,
      passes: s.t,
      memorySize: s.m, // KiB, like our header
      tagLength: KEY_BYTES,
    });
    opts.onProgress?.(1);
    const key = new Uint8Array(out);
    out.fill(0);
    return key;
  }
  const out = await argon2idAsync(pw, salt, {
    m: s.m,
    t: s.t,
    p: s.p,
    dkLen: KEY_BYTES,
    asyncTick: ASYNC_TICK_MS,
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
  const key = new Uint8Array(out);
  out.fill(0);
  return key;
}

/** WASM first; on any WASM failure, remember it and run the JS build (same output bytes). */
async function argon2id(
  pw: Uint8Array,
  salt: Uint8Array,
  s: Argon2idSettings,
  opts: DeriveOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  if (!wasmUnavailable) {
    try {
      return await argon2idWith('wasm', pw, salt, s, opts);
    } catch {
      // CompileError/RuntimeError/"not supported": CSP refused WASM, or no WebAssembly at all.
      // (A RangeError for memory would fail in JS as well; JS then reports it.)
      wasmUnavailable = true;
    }
  }
  return argon2idWith('js', pw, salt, s, opts);
}

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
      return await argon2id(pw, salt, p, opts);
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
