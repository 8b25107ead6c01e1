import { describe, expect, it } from 'vitest';
import { IV_BYTES, importAesKey, open, seal, TAG_BYTES } from './aead.js';
import { bytesToBase64, utf8 } from './encoding.js';

const rawKey = () => crypto.getRandomValues(new Uint8Array(32));
const aad = utf8('{"v":1}');

describe('AES-256-GCM (WebCrypto)', () => {
  it('round-trips and lays out iv || ciphertext || tag', async () => {
    const key = await importAesKey(rawKey());
    const pt = utf8('the quick brown fox');
    const sealed = await seal(key, pt, aad);
    expect(sealed.length).toBe(IV_BYTES + pt.length + TAG_BYTES);
    expect(await open(key, sealed, aad)).toEqual(pt);
  });

  it('uses a fresh IV every call (2000 seals of the same plaintext, no repeats)', async () => {
    const key = await importAesKey(rawKey());
    const ivs = new Set<string>();
    const cts = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const sealed = await seal(key, utf8('same'), aad);
      ivs.add(bytesToBase64(sealed.subarray(0, IV_BYTES)));
      cts.add(bytesToBase64(sealed.subarray(IV_BYTES)));
    }
    expect(ivs.size).toBe(2000);
    expect(cts.size).toBe(2000);
  });

  it('refuses a changed byte anywhere, other associated data, or another key — with a password message', async () => {
    const key = await importAesKey(rawKey());
    const sealed = await seal(key, utf8('secret'), aad);
    for (const i of [0, IV_BYTES, sealed.length - 1]) {
      const bad = sealed.slice();
      bad[i] = (bad[i] ?? 0) ^ 0x80;
      await expect(open(key, bad, aad)).rejects.toMatchObject({ code: 'DECRYPT_FAILED' });
    }
    await expect(open(key, sealed, utf8('{"v":2}'))).rejects.toThrow(/wrong password/);
    await expect(open(await importAesKey(rawKey()), sealed, aad)).rejects.toMatchObject({
      code: 'DECRYPT_FAILED',
    });
  });

  it('refuses input shorter than iv + tag as CORRUPT', async () => {
    const key = await importAesKey(rawKey());
    await expect(open(key, new Uint8Array(27), aad)).rejects.toMatchObject({ code: 'CORRUPT' });
  });

  it('imports a non-extractable key and names a bad raw argument', async () => {
    const key = await importAesKey(rawKey());
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
    await expect(importAesKey(new Uint8Array(31))).rejects.toThrow(
      /^raw: expected 32 key bytes, got 31 bytes/,
    );
    await expect(seal(key, 'text' as unknown as Uint8Array, aad)).rejects.toThrow(/^plaintext:/);
  });
});
