/** Receive through the real ring: BIP-84 vector for BTC, LTC beside it, one address per HD account. */
import 'fake-indexeddb/auto';
import { HDKey } from '@scure/bip32';
import { mnemonicToSeedSync } from '@scure/bip39';
import { describe, expect, it } from 'vitest';
import { p2wpkhAddress } from '../chains/utxo/address';
import { UTXO_NETWORKS } from '../chains/utxo/networks';
import { harness, TEST_PASSWORD } from './testHarness';

const ABANDON =
  'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
type View = {
  currencies: { symbol: string; addresses: { name: string; address: string; path?: string }[] }[];
};

describe('getReceiveAddresses', () => {
  it('shows the BIP-84 vector address for BTC, and an address per HD account and currency', async () => {
    const w = await harness();
    await w.ok('importWallet', { phrase: ABANDON, password: TEST_PASSWORD });
    await w.ok('addAccount', {});
    const view = (await w.ok('getReceiveAddresses', {})) as View;
    const of = (symbol: string) => view.currencies.find((c) => c.symbol === symbol)!.addresses;
    expect(of('BTC')[0]).toMatchObject({
      address: 'bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu',
      path: "m/84'/0'/0'/0/0",
    });
    // Independent derivation (@scure/bip32 straight from the seed) for the second account and for LTC.
    const root = HDKey.fromMasterSeed(mnemonicToSeedSync(ABANDON));
    const at = (path: string, net: keyof typeof UTXO_NETWORKS) =>
      p2wpkhAddress(root.derive(path).publicKey!, UTXO_NETWORKS[net]);
    expect(of('BTC')[1]?.address).toBe(at("m/84'/0'/1'/0/0", 'bitcoin'));
    expect(of('LTC').map((a) => a.address)).toEqual([
      at("m/84'/2'/0'/0/0", 'litecoin'),
      at("m/84'/2'/1'/0/0", 'litecoin'),
    ]);
    expect(of('ETH')).toHaveLength(2);
    expect(JSON.stringify(w.popupMessages)).not.toContain(ABANDON);
  });
});
