/**
 * KDF parameters as stored in the vault header: types, defaults, validation and upgrade check.
 * The header is attacker-controlled on disk, so validation refuses anything below the minimums
 * (a tampered header must not lower the cost of guessing) or absurdly above the maximums (a flipped
 * bit must not hang the worker for hours).
 *
 *   const params = newKdfParams();              // DEFAULT_KDF + fresh 16-byte salt
 *   validateKdfParams(JSON.parse(header).kdf);  // throws VaultError TAMPERED/CORRUPT
 *   if (needsUpgrade(params)) reEncrypt();       // weaker than today's defaults
 */
import { base64ToBytes, bytesToBase64, isPlainObject } from './encoding.js';
import { VaultError, type VaultErrorCode } from './errors.js';

export type Argon2idSettings = { name: 'argon2id' /** KiB */; m: number; t: number; p: number };
export type Pbkdf2Settings = { name: 'pbkdf2-sha256'; iterations: number };
/** What to derive with, before a salt is chosen. */
export type KdfSettings = Argon2idSettings | Pbkdf2Settings;
/** What the header stores: settings plus the base64 salt. */
export type Argon2idParams = Argon2idSettings & { salt: string };
export type Pbkdf2Params = Pbkdf2Settings & { salt: string };
export type KdfParams = Argon2idParams | Pbkdf2Params;

/**
 * Default: Argon2id, 64 MiB, 3 passes — RFC 9106 §4's second recommended option, but with 1 lane:
 * both builds we run (hash-wasm's WASM and noble's JS fallback) are single-threaded and compute lanes
 * one after another, so more lanes would only add time, not defender parallelism.
 */
export const DEFAULT_KDF: Readonly<Argon2idSettings> = Object.freeze({
  name: 'argon2id',
  m: 65536,
  t: 3,
  p: 1,
});
/**
 * Fallback for devices where 64 MiB of Argon2id is too slow or runs out of memory: PBKDF2-SHA256 at
 * OWASP's 2023 recommendation (600k). Not memory-hard, so only when Argon2id cannot run.
 */
export const PBKDF2_FALLBACK_KDF: Readonly<Pbkdf2Settings> = Object.freeze({
  name: 'pbkdf2-sha256',
  iterations: 600_000,
});

/** OWASP minimums: Argon2id 19 MiB × 2 passes; PBKDF2-SHA256 600k. */
export const KDF_MIN = Object.freeze({ m: 19456, t: 2, p: 1, iterations: 600_000, saltBytes: 16 });
/**
 * Maximums: a stored header is attacker-controlled, and 1 GiB × 64 passes would hang the worker (or
 * kill it for memory) on every unlock. 256 MiB and 10 passes are well above any default we ship.
 */
export const KDF_MAX = Object.freeze({ m: 262_144, t: 10, p: 16, iterations: 20_000_000, saltBytes: 64 });
export const SALT_BYTES = 16;

const PLACEHOLDER_SALT = bytesToBase64(new Uint8Array(SALT_BYTES));
const ARGON2_KEYS = ['m', 'name', 'p', 'salt', 't'];
const PBKDF2_KEYS = ['iterations', 'name', 'salt'];

/** Where the params came from: the disk header (untrusted data) or a caller's argument (a bug). */
export type KdfSource = 'header' | 'argument';

function fail(source: KdfSource, code: VaultErrorCode, message: string): never {
  throw new VaultError(message, source === 'argument' ? 'BAD_ARGUMENT' : code);
}

function intInRange(x: unknown, field: string, min: number, max: number, src: KdfSource): number {
  if (typeof x !== 'number' || !Number.isSafeInteger(x))
    fail(src, 'CORRUPT', `kdf.${field}: expected an integer`);
  if (x < min)
    fail(src, 'TAMPERED', `kdf.${field}: ${x} is below the minimum ${min} — refusing a weakened header`);
  if (x > max) fail(src, 'CORRUPT', `kdf.${field}: ${x} is above the maximum ${max}`);
  return x;
}

function checkKeys(x: Record<string, unknown>, allowed: string[], src: KdfSource): void {
  const keys = Object.keys(x).sort();
  if (keys.join() !== allowed.join())
    fail(src, 'CORRUPT', `kdf: expected exactly the fields ${allowed} for ${x.name}`);
}

/** Validates settings without a salt (the argument form of encryptVault). */
export function validateKdfSettings(x: unknown, source: KdfSource = 'argument'): KdfSettings {
  if (!isPlainObject(x)) fail(source, 'CORRUPT', 'kdf: expected an object');
  const p = validateKdfParams({ ...x, salt: PLACEHOLDER_SALT }, source);
  return p.name === 'argon2id'
    ? { name: p.name, m: p.m, t: p.t, p: p.p }
    : { name: p.name, iterations: p.iterations };
}

/** Validates header params; returns a fresh, exactly-shaped copy. */
export function validateKdfParams(x: unknown, source: KdfSource = 'header'): KdfParams {
  if (!isPlainObject(x)) fail(source, 'CORRUPT', 'kdf: expected an object');
  if (x.name === 'argon2id') {
    checkKeys(x, ARGON2_KEYS, source);
    const m = intInRange(x.m, 'm', KDF_MIN.m, KDF_MAX.m, source);
    const t = intInRange(x.t, 't', KDF_MIN.t, KDF_MAX.t, source);
    const p = intInRange(x.p, 'p', KDF_MIN.p, KDF_MAX.p, source);
    // RFC 9106 §3.1: memory must be at least 8·p KiB; our minimum m already exceeds 8·KDF_MAX.p.
    return { name: 'argon2id', m, t, p, salt: checkSalt(x.salt, source) };
  }
  if (x.name === 'pbkdf2-sha256') {
    checkKeys(x, PBKDF2_KEYS, source);
    const iterations = intInRange(x.iterations, 'iterations', KDF_MIN.iterations, KDF_MAX.iterations, source);
    return { name: 'pbkdf2-sha256', iterations, salt: checkSalt(x.salt, source) };
  }
  return fail(
    source,
    'CORRUPT',
    `kdf.name: expected "argon2id" or "pbkdf2-sha256", got ${JSON.stringify(x.name)}`,
  );
}

function checkSalt(salt: unknown, source: KdfSource): string {
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(salt, 'kdf.salt');
  } catch (e) {
    return fail(source, 'CORRUPT', (e as Error).message);
  }
  if (bytes.length < KDF_MIN.saltBytes || bytes.length > KDF_MAX.saltBytes) {
    fail(
      source,
      'TAMPERED',
      `kdf.salt: expected ${KDF_MIN.saltBytes}..${KDF_MAX.saltBytes} bytes, got ${bytes.length}`,
    );
  }
  return salt as string;
}

/** Settings + a fresh random salt. Every new vault (and every password change) gets its own salt. */
export function newKdfParams(settings: KdfSettings = DEFAULT_KDF): KdfParams {
  const s = validateKdfSettings(settings);
  const salt = bytesToBase64(crypto.getRandomValues(new Uint8Array(SALT_BYTES)));
  return { ...s, salt };
}

/**
 * True when `params` are weaker than `target` (default: DEFAULT_KDF), so a successful unlock should
 * re-encrypt. PBKDF2 is weaker than any Argon2id target; a device deliberately on the PBKDF2 fallback
 * passes PBKDF2_FALLBACK_KDF as target so it is not "upgraded" to something it cannot run.
 */
export function needsUpgrade(params: KdfParams | KdfSettings, target: KdfSettings = DEFAULT_KDF): boolean {
  if (target.name === 'argon2id') {
    return params.name !== 'argon2id' || params.m < target.m || params.t < target.t;
  }
  return params.name === 'pbkdf2-sha256' && params.iterations < target.iterations;
}
