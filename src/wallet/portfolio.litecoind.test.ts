/**
 * The portfolio through the real ring and a real Litecoin node (litecoind -regtest): coins mined to
 * the wallet's first regtest receive address show up as spendable and not-yet-spendable LTC.
 */
import 'fake-indexeddb/auto';
import { HDKey } from '@scure/bip32';
import { mnemonicToSeedSync } from '@scure/bip39';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { p2wpkhAddress } from '../chains/utxo/address';
import { UTXO_NETWORKS } from '../chains/utxo/networks';
import { type Litecoind, startLitecoind } from '../testing/litecoind';
import { harness, TEST_MNEMONIC, TEST_PASSWORD } from './testHarness';

let node: Litecoind;
beforeAll(async () => {
  node = await startLitecoind();
}, 60_000);
afterAll(() => node?.stop());

type View = {
  items: { symbol: string; network: string; amount?: string; pending?: string; unavailable?: string }[];
  notConfigured: string[];
};

describe('getPortfolio with a node backend', () => {
  it("shows LTC mined to m/84'/1'/0'/0/0; unconfigured UTXO networks are not asked", async () => {
    const w = await harness();
    await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
    const before = (await w.ok('getPortfolio', {})) as View;
    expect(before.items.filter((i) => i.symbol === 'LTC')).toEqual([]);
    expect(before.notConfigured).toContain('Litecoin regtest');

    await w.ok('setUtxoBackend', {
      id: 'litecoinRegtest',
      backend: 'node',
      url: node.url,
      user: node.user,
      password: node.password,
    });
    const root = HDKey.fromMasterSeed(mnemonicToSeedSync(TEST_MNEMONIC));
    const first = p2wpkhAddress(root.derive("m/84'/1'/0'/0/0").publicKey!, UTXO_NETWORKS.litecoinRegtest);
    await node.rpc('generatetoaddress', [101, first]);

    const view = (await w.ok('getPortfolio', {})) as View;
    const ltc = view.items.find((i) => i.network === 'Litecoin regtest');
    // Coinbase outputs spend at 100 confirmations: after 101 blocks, two of the 50-LTC rewards.
    expect(ltc).toMatchObject({ symbol: 'LTC', amount: '100', pending: '4950' });
    expect(view.notConfigured).not.toContain('Litecoin regtest');
    expect(JSON.stringify(w.popupMessages)).not.toContain(node.password);
  }, 60_000);
});
