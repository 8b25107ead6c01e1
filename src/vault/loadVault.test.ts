import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { utf8 } from './encoding.js';
import { encryptVault, encryptWithKey } from './envelope.js';
import type { Argon2idParams, KdfSettings } from './kdfParams.js';
import { loadVault } from './loadVault.js';
import type { VaultRecord } from './record.js';
import { dump, FAST_ARGON2, FAST_PBKDF2, flipBase64Byte, freshStore, rawPut } from './testing.js';

const PW = 'hunter2 but longer';
type ArgonRecord = VaultRecord & { kdf: Argon2idParams };
const text = (b: Uint8Array) => new TextDecoder().decode(b);

/** A store holding v1 (previous) and v2 (current), written the way a session does: same key, same salt. */
async function seeded(kdf: KdfSettings = FAST_PBKDF2) {
  const { store, factory } = await freshStore();
  const first = await encryptVault(PW, utf8('v1'), kdf);
  const v2 = await encryptWithKey(first.key, first.record.kdf, utf8('v2'), {
    createdAt: first.record.createdAt,
  });
  await store.writeVault(first.record);
  await store.writeVault(v2);
  return { store, factory, v1: first.record, v2 };
}

describe('loadVault (fake-indexeddb in Node)', () => {
  it('opens current', async () => {
    const { store } = await seeded();
    const out = await loadVault(store, PW);
    expect(text(out.plaintext)).toBe('v2');
    expect(out.usedFallback).toBe(false);
  });

  it('reports NO_VAULT on an empty store', async () => {
    const { store } = await freshStore();
    await expect(loadVault(store, PW)).rejects.toMatchObject({ code: 'NO_VAULT' });
  });

  it('a wrong password is DECRYPT_FAILED (not a fallback), and every stored byte is unchanged', async () => {
    const { store, factory } = await seeded();
    const before = await dump(factory);
    await expect(loadVault(store, 'Hunter2 but longer')).rejects.toMatchObject({
      code: 'DECRYPT_FAILED',
      message: expect.stringMatching(/password/),
    });
    expect(await dump(factory)).toBe(before);
  });

  describe('a tampered record on disk is refused and left exactly as found', () => {
    let record: ArgonRecord;
    beforeAll(async () => {
      record = (await encryptVault(PW, utf8('secret'), FAST_ARGON2)).record as ArgonRecord;
    });
    const cases: [string, (r: ArgonRecord) => unknown, string][] = [
      [
        'kdf.salt',
        (r) => ({ ...r, kdf: { ...r.kdf, salt: flipBase64Byte(r.kdf.salt, 0) } }),
        'DECRYPT_FAILED',
      ],
      ['kdf.m', (r) => ({ ...r, kdf: { ...r.kdf, m: r.kdf.m * 2 } }), 'DECRYPT_FAILED'],
      ['kdf.m lowered', (r) => ({ ...r, kdf: { ...r.kdf, m: 64 } }), 'TAMPERED'],
      ['kdf.t', (r) => ({ ...r, kdf: { ...r.kdf, t: 3 } }), 'DECRYPT_FAILED'],
      ['v', (r) => ({ ...r, v: 0 }), 'CORRUPT'],
      ['createdAt', (r) => ({ ...r, createdAt: 0 }), 'DECRYPT_FAILED'],
      ['ciphertext byte', (r) => ({ ...r, data: flipBase64Byte(r.data, 13) }), 'DECRYPT_FAILED'],
      ['tag byte', (r) => ({ ...r, data: flipBase64Byte(r.data, -2) }), 'DECRYPT_FAILED'],
    ];
    it.each(cases)('%s', async (_field, tamper, code) => {
      const { store, factory } = await freshStore();
      const tampered = tamper(record);
      await rawPut(factory, 'vault', 'current', tampered);
      const before = await dump(factory);
      await expect(loadVault(store, PW)).rejects.toMatchObject({ code });
      expect(await dump(factory)).toBe(before);
      expect((await store.readVault()).current).toEqual(tampered);
    });
  });

  describe('torn write: falls back to previous, reports it, and writes nothing', () => {
    const halfData = (r: VaultRecord) => r.data.slice(0, Math.floor(r.data.length / 8) * 4); // valid base64
    it.each([
      ['truncated JSON text', (r: VaultRecord) => JSON.stringify(r).slice(0, 40)],
      [
        'a record missing data (crash mid-write)',
        (r: VaultRecord) => ({ v: 1, kdf: r.kdf, createdAt: r.createdAt }),
      ],
      ['random garbage', () => new Uint8Array([1, 2, 3])],
      ['truncated ciphertext', (r: VaultRecord) => ({ ...r, data: halfData(r) })],
      ['a flipped ciphertext byte', (r: VaultRecord) => ({ ...r, data: flipBase64Byte(r.data, 20) })],
    ])('current is %s', async (_label, tear) => {
      const { store, factory, v2 } = await seeded();
      await rawPut(factory, 'vault', 'current', tear(v2));
      const before = await dump(factory);
      const out = await loadVault(store, PW);
      expect(text(out.plaintext)).toBe('v1');
      expect(out.usedFallback).toBe(true);
      expect(await dump(factory)).toBe(before);
    });
  });

  it.each([
    ['undecryptable', 'flip'],
    ['malformed', 'garbage'],
  ])('%s current + wrong password is still DECRYPT_FAILED, nothing written', async (_label, kind) => {
    const { store, factory, v2 } = await seeded();
    const torn = kind === 'flip' ? { ...v2, data: flipBase64Byte(v2.data, 20) } : 'garbage';
    await rawPut(factory, 'vault', 'current', torn);
    const before = await dump(factory);
    await expect(loadVault(store, 'nope')).rejects.toMatchObject({ code: 'DECRYPT_FAILED' });
    expect(await dump(factory)).toBe(before);
  });

  it('falls back across different salts (previous written before a password re-key)', async () => {
    const { store, factory } = await freshStore();
    await store.writeVault((await encryptVault(PW, utf8('old'), FAST_PBKDF2)).record);
    const fresh = (await encryptVault(PW, utf8('new'), FAST_PBKDF2)).record;
    await store.writeVault(fresh);
    await rawPut(factory, 'vault', 'current', { ...fresh, data: flipBase64Byte(fresh.data, 30) });
    const out = await loadVault(store, PW);
    expect([text(out.plaintext), out.usedFallback]).toEqual(['old', true]);
  });

  it('current missing but previous present → previous; both malformed → CORRUPT', async () => {
    const { store, factory, v1 } = await seeded();
    await rawPut(factory, 'vault', 'current', undefined); // reads back as missing
    expect(await loadVault(store, PW)).toMatchObject({ usedFallback: true, record: v1 });
    await rawPut(factory, 'vault', 'previous', '{');
    await expect(loadVault(store, PW)).rejects.toMatchObject({ code: 'CORRUPT' });
  });
});
