import { pbkdf2 } from '@noble/hashes/pbkdf2.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { argon2idSelfTest, RFC9106_ARGON2ID } from './argon2idSelfTest.js';
import { loadArgon2idWasm } from './argon2idWasm.js';
import { base64ToBytes, bytesToBase64 } from './encoding.js';
import { argon2idImpl, argon2idWith, deriveKeyBytes, passwordBytes } from './kdf.js';
import { type Argon2idParams, DEFAULT_KDF, type KdfParams } from './kdfParams.js';
import { FAST_ARGON2, FAST_PBKDF2 } from './testing.js';

const salt = (fill: number) => bytesToBase64(new Uint8Array(16).fill(fill));
const fastArgon = (fill = 1): Argon2idParams => ({ ...FAST_ARGON2, salt: salt(fill) });

describe('Argon2id known answer (RFC 9106 §5.3)', () => {
  it('the self-test passes: noble computes the RFC tag with secret and associated data', async () => {
    await expect(argon2idSelfTest()).resolves.toBeUndefined();
    expect(RFC9106_ARGON2ID.tag).toBe('0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659');
  });
});

// The full RFC vector (secret + associated data) runs on both builds; the plain-inputs vector (no
// secret, no AD, noble-computed) covers the path the vault uses.
const V = RFC9106_ARGON2ID;
const NO_AD_VECTOR = '03aab965c12001c9d7d0d2de33192c0494b684bb148196d73c1df1acaf6d0c2e';

describe('Argon2id: OpenPGP.js WASM and noble (JS) give the same bytes', () => {
  it.each(['wasm', 'js'] as const)(
    '%s: RFC 9106 §5.3 inputs without secret or associated data',
    async (impl) => {
      const got = await argon2idWith(impl, V.password, V.salt, V);
      expect(bytesToHex(got)).toBe(NO_AD_VECTOR);
    },
  );

  it('wasm: the RFC 9106 §5.3 vector itself, with secret and associated data', async () => {
    const hash = await loadArgon2idWasm();
    const got = hash({
      password: V.password,
      salt: V.salt,
      secret: V.secret,
      ad: V.associatedData,
      parallelism: V.p,
      passes: V.t,
      memorySize: V.m,
      tagLength: 32,
    });
    expect(bytesToHex(got)).toBe(V.tag);
  });

  it('both builds agree on an NFKC password at the fast test parameters (m = 19 MiB, t = 2)', async () => {
    const pw = passwordBytes('cafe\u0301 \uFB01 🔑');
    const saltBytes = new Uint8Array(16).fill(7);
    const wasm = await argon2idWith('wasm', pw, saltBytes, FAST_ARGON2);
    const js = await argon2idWith('js', pw, saltBytes, FAST_ARGON2);
    expect(wasm.length).toBe(32);
    expect(wasm).toEqual(js);
  });
});

describe('Argon2id WASM fallback', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.resetModules();
  });

  it('when WebAssembly is refused (as under a CSP without wasm-unsafe-eval), derives the same key in JS', async () => {
    const want = await deriveKeyBytes('correct horse', fastArgon(4));
    vi.resetModules();
    const fresh = await import('./kdf.js');
    expect(fresh.argon2idImpl()).toBe('wasm');
    const refuse = () => Promise.reject(new WebAssembly.CompileError('refused by CSP'));
    vi.spyOn(WebAssembly, 'compile').mockImplementation(refuse);
    vi.spyOn(WebAssembly, 'instantiate').mockImplementation(refuse);
    expect(await fresh.deriveKeyBytes('correct horse', fastArgon(4))).toEqual(want);
    expect(fresh.argon2idImpl()).toBe('js');
  });

  it('uses WASM by default where WebAssembly exists', () => {
    expect(argon2idImpl()).toBe('wasm');
  });
});

describe('deriveKeyBytes', () => {
  it('argon2id: deterministic, 32 bytes, and sensitive to salt and password', async () => {
    const a = await deriveKeyBytes('correct horse', fastArgon(1));
    const again = await deriveKeyBytes('correct horse', fastArgon(1));
    const otherSalt = await deriveKeyBytes('correct horse', fastArgon(2));
    const otherPw = await deriveKeyBytes('correct horsf', fastArgon(1));
    expect(a.length).toBe(32);
    expect(again).toEqual(a);
    expect(otherSalt).not.toEqual(a);
    expect(otherPw).not.toEqual(a);
  });

  it('pbkdf2-sha256 (WebCrypto) equals an independent @noble/hashes computation', async () => {
    const params: KdfParams = { ...FAST_PBKDF2, salt: salt(9) };
    const got = await deriveKeyBytes('pässwörd', params);
    const want = pbkdf2(sha256, new TextEncoder().encode('pässwörd'), base64ToBytes(params.salt, 's'), {
      c: 600_000,
      dkLen: 32,
    });
    expect(got).toEqual(want);
  });

  it('normalises the password with NFKC (composed/decomposed, ligatures, full-width)', async () => {
    const params: KdfParams = { ...FAST_PBKDF2, salt: salt(3) };
    const base = await deriveKeyBytes('café fi A', params);
    expect(await deriveKeyBytes('cafe\u0301 \uFB01 \uFF21', params)).toEqual(base);
  });

  it('enforces the minimums whatever the caller passes', async () => {
    await expect(deriveKeyBytes('pw', { ...fastArgon(), m: 1024 })).rejects.toMatchObject({
      code: 'TAMPERED',
    });
    await expect(deriveKeyBytes('pw', { ...FAST_PBKDF2, iterations: 1000, salt: salt(1) })).rejects.toThrow(
      /kdf\.iterations/,
    );
  });

  it('refuses an empty or non-string password as BAD_PASSWORD', async () => {
    await expect(deriveKeyBytes('', fastArgon())).rejects.toMatchObject({ code: 'BAD_PASSWORD' });
    await expect(deriveKeyBytes(42 as unknown as string, fastArgon())).rejects.toThrow(/^password:/);
  });

  it('runs the real defaults (64 MiB, t=3) once', { timeout: 60_000 }, async () => {
    let progress = 0;
    const key = await deriveKeyBytes(
      'pw',
      { ...DEFAULT_KDF, salt: salt(5) },
      { onProgress: (f) => (progress = f) },
    );
    expect(key.length).toBe(32);
    expect(progress).toBeGreaterThan(0.9);
  });
});
