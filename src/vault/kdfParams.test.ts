import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from './encoding.js';
import { VaultError } from './errors.js';
import {
  type Argon2idParams,
  DEFAULT_KDF,
  KDF_MIN,
  needsUpgrade,
  newKdfParams,
  PBKDF2_FALLBACK_KDF,
  type Pbkdf2Params,
  validateKdfParams,
  validateKdfSettings,
} from './kdfParams.js';

const salt = bytesToBase64(new Uint8Array(16).fill(7));
const argon: Argon2idParams = { name: 'argon2id', m: 65536, t: 3, p: 1, salt };
const pbkdf2: Pbkdf2Params = { name: 'pbkdf2-sha256', iterations: 600_000, salt };

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return e instanceof VaultError ? `${e.code}: ${e.message}` : String(e);
  }
  return 'no error';
}

describe('validateKdfParams (header on disk is attacker-controlled)', () => {
  it('accepts the defaults, the fallback and the exact minimums', () => {
    expect(validateKdfParams(argon)).toEqual(argon);
    expect(validateKdfParams(pbkdf2)).toEqual(pbkdf2);
    expect(validateKdfParams({ ...argon, m: KDF_MIN.m, t: KDF_MIN.t })).toMatchObject({ m: 19456, t: 2 });
  });

  it.each([
    ['argon2id m', { ...argon, m: 19455 }, /^TAMPERED: kdf\.m: 19455 is below the minimum 19456/],
    ['argon2id t', { ...argon, t: 1 }, /^TAMPERED: kdf\.t: 1 is below the minimum 2/],
    ['argon2id p', { ...argon, p: 0 }, /^TAMPERED: kdf\.p:/],
    ['pbkdf2 iterations', { ...pbkdf2, iterations: 599_999 }, /^TAMPERED: kdf\.iterations: 599999/],
    [
      'short salt',
      { ...argon, salt: bytesToBase64(new Uint8Array(8)) },
      /^TAMPERED: kdf\.salt: expected 16\.\.64/,
    ],
  ])('refuses a lowered %s, naming the field', (_label, params, expected) => {
    expect(codeOf(() => validateKdfParams(params))).toMatch(expected);
  });

  it.each([
    ['a non-integer', { ...argon, m: 65536.5 }, /^CORRUPT: kdf\.m: expected an integer/],
    ['a string number', { ...argon, t: '3' }, /^CORRUPT: kdf\.t: expected an integer/],
    [
      'a 1 GiB memory cost (would hang the worker)',
      { ...argon, m: 1_048_576 },
      /^CORRUPT: kdf\.m: 1048576 is above the maximum 262144/,
    ],
    ['more than 10 passes', { ...argon, t: 11 }, /^CORRUPT: kdf\.t: 11 is above the maximum 10/],
    ['an absurd cost', { ...argon, t: 1e9 }, /^CORRUPT: kdf\.t: 1000000000 is above the maximum/],
    ['an unknown algorithm', { ...argon, name: 'scrypt' }, /^CORRUPT: kdf\.name: expected "argon2id"/],
    [
      'an extra field',
      { ...argon, version: 16 },
      /^CORRUPT: kdf: expected exactly the fields m,name,p,salt,t for argon2id/,
    ],
    ['a missing salt', { ...pbkdf2, salt: undefined }, /^CORRUPT: kdf/],
    ['bad base64 salt', { ...argon, salt: '!!!!' }, /^CORRUPT: kdf\.salt:/],
    ['not an object', null, /^CORRUPT: kdf: expected an object/],
  ])('refuses %s as CORRUPT', (_label, params, expected) => {
    expect(codeOf(() => validateKdfParams(params))).toMatch(expected);
  });

  it('reports caller mistakes as BAD_ARGUMENT', () => {
    expect(codeOf(() => validateKdfSettings({ name: 'argon2id', m: 1024, t: 1, p: 1 }))).toMatch(
      /^BAD_ARGUMENT: kdf\.m/,
    );
  });
});

describe('newKdfParams', () => {
  it('adds a fresh 16-byte salt each time', () => {
    const a = newKdfParams();
    const b = newKdfParams();
    expect(a).toMatchObject(DEFAULT_KDF);
    expect(a.salt).not.toBe(b.salt);
    expect(atob(a.salt).length).toBe(16);
  });
});

describe('needsUpgrade', () => {
  it('is false for the defaults and anything stronger', () => {
    expect(needsUpgrade(argon)).toBe(false);
    expect(needsUpgrade({ ...argon, m: 131072, t: 4 })).toBe(false);
  });

  it('is true when memory or passes are below the defaults', () => {
    expect(needsUpgrade({ ...argon, m: 19456 })).toBe(true);
    expect(needsUpgrade({ ...argon, t: 2 })).toBe(true);
  });

  it('treats PBKDF2 as weaker than an Argon2id target, but not when PBKDF2 is the chosen target', () => {
    expect(needsUpgrade(pbkdf2)).toBe(true);
    expect(needsUpgrade(pbkdf2, PBKDF2_FALLBACK_KDF)).toBe(false);
    expect(needsUpgrade(pbkdf2, { name: 'pbkdf2-sha256', iterations: 1_000_000 })).toBe(true);
    expect(needsUpgrade(argon, PBKDF2_FALLBACK_KDF)).toBe(false); // never downgrade
  });
});
