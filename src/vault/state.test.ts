import { beforeAll, describe, expect, it } from 'vitest';
import { utf8 } from './encoding.js';
import { encryptVault } from './envelope.js';
import { openState, sealState } from './state.js';
import { FAST_PBKDF2, flipBase64Byte } from './testing.js';

describe('sealed state blobs', () => {
  let key: CryptoKey;
  let other: CryptoKey;
  beforeAll(async () => {
    key = (await encryptVault('pw', utf8('vault'), FAST_PBKDF2)).key;
    other = (await encryptVault('pw', utf8('vault'), FAST_PBKDF2)).key;
  });

  it('round-trips under the vault key', async () => {
    const rec = await sealState(key, 'accounts', utf8('["0xabc"]'));
    expect(Object.keys(rec).sort()).toEqual(['data', 'name', 'v']);
    expect(await openState(key, 'accounts', rec)).toEqual(utf8('["0xabc"]'));
  });

  it('binds the name: a blob relabelled as another name does not open', async () => {
    const rec = await sealState(key, 'accounts', utf8('[]'));
    await expect(openState(key, 'settings', rec)).rejects.toMatchObject({ code: 'CORRUPT' });
    await expect(openState(key, 'settings', { ...rec, name: 'settings' })).rejects.toMatchObject({
      code: 'DECRYPT_FAILED',
    });
  });

  it('refuses another key, a flipped byte, and a bad name', async () => {
    const rec = await sealState(key, 'audit', utf8('log'));
    await expect(openState(other, 'audit', rec)).rejects.toMatchObject({ code: 'DECRYPT_FAILED' });
    await expect(
      openState(key, 'audit', { ...rec, data: flipBase64Byte(rec.data, 20) }),
    ).rejects.toMatchObject({
      code: 'DECRYPT_FAILED',
    });
    await expect(sealState(key, '../x', utf8(''))).rejects.toThrow(/^name: expected/);
  });
});
