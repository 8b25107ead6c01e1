/** bip84PublicKeys through a real ring: the BIP-84 vectors, one lowering per parent node and session. */
import 'fake-indexeddb/auto';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { UTXO_NETWORKS } from '../chains/utxo/networks';
import { bip84 } from '../fixtures/bip44-49-84-86-vectors.json';
import { bip84Addresses, bip84PublicKeys } from './bip84Public';
import { harness, TEST_PASSWORD } from './testHarness';

type KeyEntry = { path: string; pubkey: string; address: string };
const keyEntries = bip84.entries.filter((e): e is typeof e & KeyEntry => 'pubkey' in e);

async function unlockedVectorWallet() {
  const w = await harness();
  await w.ok('importWallet', { phrase: bip84.mnemonic, password: TEST_PASSWORD });
  const kinds = () => w.ring.audit.entries().map((e) => e.kind);
  return { w, kinds, session: () => w.ctx.session! };
}

describe('bip84PublicKeys', () => {
  it("gives the vectors' public keys from each parent's extended public key, lowered once per session", async () => {
    const { w, kinds, session } = await unlockedVectorWallet();
    const before = kinds().length;
    const paths = keyEntries.map((e) => e.path); // receive 0, receive 1, change 0: two parents
    const keys = bip84PublicKeys(w.ctx, session(), paths, 'test addresses');
    expect(keys.map(bytesToHex)).toEqual(keyEntries.map((e) => e.pubkey));
    const added = kinds().slice(before);
    expect(added).toEqual(['extendedPublicKeyOf', 'extendedPublicKeyOf']);
    expect(added).not.toContain('publicKeysOf');

    // More addresses under the same parents: no new lowering, and the order follows `paths`.
    const again = bip84PublicKeys(w.ctx, session(), [...paths].reverse(), 'test addresses');
    expect(again.map(bytesToHex)).toEqual(keyEntries.map((e) => e.pubkey).reverse());
    expect(kinds().length).toBe(before + 2);

    // A new session (lock, unlock) lowers its parents anew.
    await w.ok('lock', {});
    await w.ok('unlock', { password: TEST_PASSWORD });
    const mark = kinds().length;
    bip84PublicKeys(w.ctx, session(), [paths[0]!], 'test addresses');
    expect(kinds().slice(mark)).toEqual(['extendedPublicKeyOf']);
  });

  it('refuses a path that is not BIP-84, naming it, and lowers nothing', async () => {
    const { w, kinds, session } = await unlockedVectorWallet();
    const before = kinds().length;
    expect(() =>
      bip84PublicKeys(w.ctx, session(), ["m/84'/0'/0'/0/0", "m/44'/60'/0'/0/0"], 'test addresses'),
    ).toThrow(/paths\[1\]: expected a BIP-84 path/);
    expect(kinds().length).toBe(before);
  });

  it("bip84Addresses gives the vectors' addresses, each made once per session and network", async () => {
    const { w, kinds, session } = await unlockedVectorWallet();
    const paths = keyEntries.map((e) => e.path);
    const btc = UTXO_NETWORKS.bitcoin;
    const first = bip84Addresses(w.ctx, session(), btc, paths, 'test addresses');
    expect(first).toEqual(keyEntries.map((e) => e.address));
    const count = kinds().length;
    expect(bip84Addresses(w.ctx, session(), btc, [paths[1]!, paths[0]!], 'test addresses')).toEqual([
      first[1],
      first[0],
    ]);
    expect(kinds().length).toBe(count);
    // The same keys on another network: its own encoding (bcrt1…), the parents already lowered.
    const regtest = bip84Addresses(w.ctx, session(), UTXO_NETWORKS.bitcoinRegtest, paths, 'test');
    expect(regtest.every((a) => a.startsWith('bcrt1'))).toBe(true);
    expect(kinds().length).toBe(count);
  });
});
