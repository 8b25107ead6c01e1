import { mnemonicToEntropy } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { describe, expect, it } from 'vitest';
import { combineEnvelopes } from './combine.js';
import { commitEntropy } from './commitment.js';
import { shareX } from './envelope.js';
import { splitEntropy } from './split.js';
import { expectRefusal, TEST_MNEMONIC } from './testkit.js';

const entropy = mnemonicToEntropy(TEST_MNEMONIC, wordlist);

describe('splitEntropy', () => {
  it('splits "test … junk" 2-of-3; {1,2} and {3,1} both recover it', async () => {
    expect(entropy.length).toBe(16);
    const [one, two, three] = await splitEntropy(entropy, { threshold: 2, shares: 3 });
    expect(await combineEnvelopes([one!, two!])).toEqual(entropy);
    expect(await combineEnvelopes([three!, one!])).toEqual(entropy);
  });

  it('numbers shares 1..n, shares one header, and lays shares out as y bytes || x (x ≠ 0, distinct)', async () => {
    const envs = await splitEntropy(entropy, { threshold: 3, shares: 5, epoch: 4 });
    expect(envs.map((e) => e.index)).toEqual([1, 2, 3, 4, 5]);
    for (const e of envs) {
      expect(e).toMatchObject({ version: 1, epoch: 4, threshold: 3, count: 5 });
      expect(e.share.length).toBe(entropy.length + 1);
      expect(e.splitId).toEqual(envs[0]!.splitId);
      expect(e.commitment).toEqual(commitEntropy(entropy, envs[0]!));
    }
    const xs = envs.map((e) => shareX(e.share));
    expect(xs).not.toContain(0);
    expect(new Set(xs).size).toBe(5);
    // No share reveals the entropy as a plain prefix (the library's x = 0 slot is never handed out).
    for (const e of envs) expect(e.share.subarray(0, -1)).not.toEqual(entropy);
  });

  it('threshold 1 makes n plain copies, laid out like shares with x = index', async () => {
    const envs = await splitEntropy(entropy, { threshold: 1, shares: 3 });
    for (const e of envs) {
      expect(e.share.subarray(0, -1)).toEqual(entropy);
      expect(shareX(e.share)).toBe(e.index);
      expect(await combineEnvelopes([e])).toEqual(entropy);
    }
  });

  it('accepts every BIP-39 entropy length and a Buffer, and uses a given split id', async () => {
    const splitId = Uint8Array.from({ length: 16 }, (_, i) => i);
    for (const len of [16, 20, 24, 28, 32]) {
      const e = Buffer.alloc(len, 0xa5);
      const envs = await splitEntropy(e, { threshold: 2, shares: 2, splitId });
      expect(envs[0]!.splitId).toEqual(splitId);
      expect(await combineEnvelopes(envs)).toEqual(new Uint8Array(e));
    }
  });

  it('gives every split a fresh random id and commitment', async () => {
    const [a] = await splitEntropy(entropy, { threshold: 2, shares: 2 });
    const [b] = await splitEntropy(entropy, { threshold: 2, shares: 2 });
    expect(a!.splitId).not.toEqual(b!.splitId);
    expect(a!.commitment).not.toEqual(b!.commitment);
  });

  it('refuses bad arguments, naming them', async () => {
    const ok = { threshold: 2, shares: 3 };
    for (const [t, n] of [
      [0, 3],
      [4, 3],
      [2, 11],
      [1.5, 3],
      [11, 11],
    ]) {
      const e = await expectRefusal(splitEntropy(entropy, { threshold: t!, shares: n! }), 'threshold');
      expect(e.message).toContain('opts.threshold');
    }
    expect((await expectRefusal(splitEntropy(new Uint8Array(17), ok), 'length')).message).toContain(
      'entropy',
    );
    await expectRefusal(splitEntropy('abc' as unknown as Uint8Array, ok), 'malformed');
    await expectRefusal(splitEntropy(entropy, { ...ok, epoch: -1 }), 'malformed');
    await expectRefusal(splitEntropy(entropy, { ...ok, epoch: 2 ** 32 }), 'malformed');
    await expectRefusal(splitEntropy(entropy, { ...ok, splitId: new Uint8Array(8) }), 'length');
  });
});
