/**
 * Finding 6 of issue 7: secrets live as bytes the ring can zero, and no plaintext buffer handed to
 * or returned by WebCrypto's AES-GCM outlives its use.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { entropyToSeed, mnemonicToEntropy, mnemonicToSeed } from '../keys';
import { lock } from './lifecycle';
import { decodeSecrets, encodeSecrets, newSecrets } from './secrets';
import { harness, TEST_MNEMONIC, TEST_PASSWORD } from './testHarness';

const KEY_3 = '0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6';

function recordAead() {
  const plaintexts: Uint8Array[] = [];
  const subtle = crypto.subtle;
  const encrypt = subtle.encrypt.bind(subtle);
  const decrypt = subtle.decrypt.bind(subtle);
  vi.spyOn(subtle, 'encrypt').mockImplementation(async (alg, key, data) => {
    plaintexts.push(data as Uint8Array);
    return encrypt(alg, key, data);
  });
  vi.spyOn(subtle, 'decrypt').mockImplementation(async (alg, key, data) => {
    const out = await decrypt(alg, key, data);
    plaintexts.push(new Uint8Array(out));
    return out;
  });
  return plaintexts;
}

afterEach(() => vi.restoreAllMocks());

describe('secrets as bytes', () => {
  it('after import + lock (and unlock + lock) no buffer the AEAD path allocated still holds plaintext', async () => {
    const plaintexts = recordAead();
    const w = await harness();
    await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
    await w.ok('importAccount', { privateKey: KEY_3 });
    lock(w.ctx);
    await w.ok('unlock', { password: TEST_PASSWORD });
    lock(w.ctx);
    expect(plaintexts.length).toBeGreaterThan(5);
    const live = plaintexts.filter((p) => p.some((b) => b !== 0));
    expect(live.map((p) => p.length)).toEqual([]);
  });

  it('the seed comes from entropy bytes exactly as BIP-39 derives it from the phrase', async () => {
    const entropy = mnemonicToEntropy(TEST_MNEMONIC);
    const pass = new TextEncoder().encode('TREZOR');
    expect(await entropyToSeed(entropy, pass)).toEqual(await mnemonicToSeed(TEST_MNEMONIC, 'TREZOR'));
    const s = newSecrets(entropy, pass);
    s.imported['imported-90f79bf6eb'] = new Uint8Array(32).fill(7);
    expect(decodeSecrets(encodeSecrets(s))).toEqual(s);
    // v1 plaintext (mnemonic text) still decodes, for the migration.
    const v1 = new TextEncoder().encode(
      JSON.stringify({ v: 1, mnemonic: TEST_MNEMONIC, passphrase: '', imported: {} }),
    );
    expect(decodeSecrets(v1).entropy).toEqual(entropy);
  });
});
