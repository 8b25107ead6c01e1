import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, utf8 } from './encoding.js';
import { decryptVault, encryptVault, encryptWithKey, openWithKey } from './envelope.js';
import type { Argon2idParams } from './kdfParams.js';
import type { VaultRecord } from './record.js';
import { FAST_ARGON2, FAST_PBKDF2, flipBase64Byte } from './testing.js';

const PW = 'correct horse battery staple';
type ArgonRecord = VaultRecord & { kdf: Argon2idParams };

describe('vault envelope', () => {
  it('round-trips, and the record has exactly the documented shape', async () => {
    const pt = utf8('{"mnemonic":"abandon …"}');
    const { record, key } = await encryptVault(PW, pt, FAST_ARGON2);
    expect(Object.keys(record).sort()).toEqual(['createdAt', 'data', 'kdf', 'v']);
    expect(record).toMatchObject({ v: 1, kdf: { ...FAST_ARGON2 } });
    const out = await decryptVault(PW, record);
    expect(out.plaintext).toEqual(pt);
    expect(out.params).toEqual(record.kdf);
    expect(await openWithKey(key, record)).toEqual(pt);
    // the stored JSON text form is accepted too (import/export)
    expect((await decryptVault(PW, JSON.stringify(record))).plaintext).toEqual(pt);
  });

  it('refuses a wrong password with DECRYPT_FAILED mentioning the password', async () => {
    const { record } = await encryptVault(PW, utf8('x'), FAST_PBKDF2);
    await expect(decryptVault('correct horse battery stapler', record)).rejects.toMatchObject({
      code: 'DECRYPT_FAILED',
      message: expect.stringMatching(/wrong password/),
    });
  });

  describe('every header field is authenticated', () => {
    let record: ArgonRecord;
    beforeAll(async () => {
      record = (await encryptVault(PW, utf8('secret'), FAST_ARGON2)).record as ArgonRecord;
    });
    const cases: [string, (r: ArgonRecord) => unknown, RegExp][] = [
      [
        'kdf.salt byte',
        (r) => ({ ...r, kdf: { ...r.kdf, salt: flipBase64Byte(r.kdf.salt, 3) } }),
        /wrong password/,
      ],
      ['kdf.m raised', (r) => ({ ...r, kdf: { ...r.kdf, m: r.kdf.m + 1 } }), /wrong password/],
      ['kdf.t raised', (r) => ({ ...r, kdf: { ...r.kdf, t: r.kdf.t + 1 } }), /wrong password/],
      ['kdf.m lowered', (r) => ({ ...r, kdf: { ...r.kdf, m: 1024 } }), /kdf\.m: 1024 is below the minimum/],
      ['kdf.t lowered', (r) => ({ ...r, kdf: { ...r.kdf, t: 1 } }), /kdf\.t: 1 is below the minimum/],
      [
        'kdf swapped to pbkdf2',
        (r) => ({ ...r, kdf: { ...FAST_PBKDF2, salt: r.kdf.salt } }),
        /wrong password/,
      ],
      ['v', (r) => ({ ...r, v: 2 }), /record\.v: unsupported format version 2/],
      ['createdAt', (r) => ({ ...r, createdAt: r.createdAt + 1 }), /wrong password/],
      ['updatedAt added', (r) => ({ ...r, updatedAt: r.createdAt }), /wrong password/],
      ['ciphertext byte', (r) => ({ ...r, data: flipBase64Byte(r.data, 12) }), /wrong password/],
      ['IV byte', (r) => ({ ...r, data: flipBase64Byte(r.data, 0) }), /wrong password/],
      ['tag byte', (r) => ({ ...r, data: flipBase64Byte(r.data, -1) }), /wrong password/],
    ];
    it.each(cases)('a changed %s is refused', async (_label, tamper, message) => {
      await expect(decryptVault(PW, tamper(record))).rejects.toThrow(message);
    });
  });

  it.each([
    ['bad JSON', '{"v":1,', 'CORRUPT'],
    [
      'missing data',
      { v: 1, kdf: { ...FAST_ARGON2, salt: bytesToBase64(new Uint8Array(16)) }, createdAt: 1 },
      'CORRUPT',
    ],
    ['bad base64 data', '!', 'CORRUPT'],
    ['truncated data', 'AAAA', 'CORRUPT'],
    ['an unknown field', 'extra', 'CORRUPT'],
    ['weak KDF params', 'weak', 'TAMPERED'],
  ])('refuses %s before any KDF runs', async (_label, variant, code) => {
    // A slow-but-valid KDF (1 GiB Argon2id would take ~30 s): a quick refusal proves no KDF ran.
    const base = {
      v: 1,
      kdf: { name: 'argon2id', m: 1_048_576, t: 64, p: 1, salt: bytesToBase64(new Uint8Array(16)) },
      createdAt: 1,
      data: bytesToBase64(new Uint8Array(40)),
    };
    const record =
      typeof variant !== 'string' || variant.startsWith('{')
        ? variant
        : variant === 'extra'
          ? { ...base, note: 'hi' }
          : variant === 'weak'
            ? { ...base, kdf: { ...base.kdf, m: 8 } }
            : { ...base, data: variant };
    const started = performance.now();
    await expect(decryptVault(PW, record)).rejects.toMatchObject({ code });
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('encryptWithKey keeps salt/params and createdAt, sets updatedAt, uses a fresh IV', async () => {
    const { record, key } = await encryptVault(PW, utf8('v1'), FAST_PBKDF2);
    const next = await encryptWithKey(key, record.kdf, utf8('v2'), {
      createdAt: record.createdAt,
      now: 99e11,
    });
    expect(next.kdf).toEqual(record.kdf);
    expect(next).toMatchObject({ createdAt: record.createdAt, updatedAt: 99e11 });
    expect(base64ToBytes(next.data, 'd').subarray(0, 12)).not.toEqual(
      base64ToBytes(record.data, 'd').subarray(0, 12),
    );
    expect((await decryptVault(PW, next)).plaintext).toEqual(utf8('v2'));
  });

  it('encryptWithKey refuses a key that was not derived from the given params', async () => {
    const a = await encryptVault(PW, utf8('a'), FAST_PBKDF2);
    const b = await encryptVault(PW, utf8('b'), FAST_PBKDF2);
    await expect(encryptWithKey(a.key, b.record.kdf, utf8('x'))).rejects.toMatchObject({
      code: 'BAD_ARGUMENT',
    });
  });
});

describe('envelope properties', () => {
  const kdfArb = fc.constantFrom(FAST_ARGON2, FAST_PBKDF2);
  const pwArb = fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' });

  it('decrypt(encrypt(x)) == x for random bytes and passwords', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), pwArb, kdfArb, async (pt, pw, kdf) => {
        const { record } = await encryptVault(pw, pt, kdf);
        expect((await decryptVault(pw, record)).plaintext).toEqual(pt);
      }),
      { numRuns: 10 },
    );
  });

  it('flipping any single byte of the sealed data fails', { timeout: 120_000 }, async () => {
    const { record, key } = await encryptVault(PW, utf8('a vault worth stealing'), FAST_PBKDF2);
    const sealedLength = base64ToBytes(record.data, 'd').length;
    const flipped = (i: number, mask: number): VaultRecord => ({
      ...record,
      data: flipBase64Byte(record.data, i, mask),
    });
    const byteArb = fc.tuple(fc.nat({ max: sealedLength - 1 }), fc.integer({ min: 1, max: 255 }));
    // cheap: every position against the derived key …
    await fc.assert(
      fc.asyncProperty(byteArb, async ([i, mask]) => {
        await expect(openWithKey(key, flipped(i, mask))).rejects.toMatchObject({ code: 'DECRYPT_FAILED' });
      }),
      { numRuns: 300 },
    );
    // … and a few through the full password path
    await fc.assert(
      fc.asyncProperty(byteArb, async ([i, mask]) => {
        await expect(decryptVault(PW, flipped(i, mask))).rejects.toMatchObject({ code: 'DECRYPT_FAILED' });
      }),
      { numRuns: 10 },
    );
  });
});
