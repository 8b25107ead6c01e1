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
    const before = (await w.ok('getPortfolio', { prices: true })) as View;
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

    const view = (await w.ok('getPortfolio', { prices: true })) as View;
    const ltc = view.items.find((i) => i.network === 'Litecoin regtest');
    // Coinbase outputs spend at 100 confirmations: after 101 blocks, two of the 50-LTC rewards.
    expect(ltc).toMatchObject({ symbol: 'LTC', amount: '100', pending: '4950' });
    expect(view.notConfigured).not.toContain('Litecoin regtest');
    expect(JSON.stringify(w.popupMessages)).not.toContain(node.password);
  }, 60_000);

  it('Send: review shows the card; approve signs in the ring, the node accepts it, exactly 1 LTC arrives, change comes back', async () => {
    const w = await harness();
    await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
    await w.ok('setUtxoBackend', {
      id: 'litecoinRegtest',
      backend: 'node',
      url: node.url,
      user: node.user,
      password: node.password,
    });
    const root = HDKey.fromMasterSeed(mnemonicToSeedSync(TEST_MNEMONIC));
    const at = (path: string) => p2wpkhAddress(root.derive(path).publicKey!, UTXO_NETWORKS.litecoinRegtest);
    await node.rpc('generatetoaddress', [101, at("m/84'/1'/0'/0/0")]);
    await node.rpc('createwallet', ['payee']).catch(() => {});
    const to = await node.rpc<string>('getnewaddress', ['', 'bech32'], 'payee');

    const review = (await w.ok('reviewSend', { asset: 'litecoinRegtest', to, amount: '1' })) as {
      id: string;
      card: { title: string; summary: string[] };
    };
    expect(review.card.title).toBe('Send 1 LTC');
    expect(review.card.summary[0]).toContain(to);
    const change = at("m/84'/1'/0'/1/0");
    expect(review.card.summary.join('\n')).toContain(change);
    const sent = (await w.ok('confirmSend', { id: review.id, decision: 'approve' })) as {
      status: string;
      txid: string;
    };
    expect(sent.status).toBe('sent');
    expect(await w.call('confirmSend', { id: review.id, decision: 'approve' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_PENDING' },
    });
    // Activity per currency: the payment is listed as LTC on Litecoin regtest, pending until a block.
    type Activity = { items: { hash: string; currency?: string; network?: string; status: string }[] };
    const listed = () => (w.ok('getActivity', {}) as Promise<Activity>).then((a) => a.items[0]);
    expect(await listed()).toMatchObject({
      hash: sent.txid,
      currency: 'LTC',
      network: 'Litecoin regtest',
      status: 'pending',
    });
    await node.rpc('generatetoaddress', [1, at("m/84'/1'/0'/0/5")]);
    expect(await listed()).toMatchObject({ hash: sent.txid, status: 'mined' });
    expect(await node.rpc('getreceivedbyaddress', [to, 1], 'payee')).toBe(1);
    type Out = { value: number; scriptPubKey: { address?: string; addresses?: string[] } };
    const tx = await node.rpc<{ vout: Out[] }>('getrawtransaction', [sent.txid, true]);
    const addresses = tx.vout.map((o) => o.scriptPubKey.address ?? o.scriptPubKey.addresses?.[0]);
    expect(addresses).toContain(change);
    expect(w.ring.audit.entries().some((e) => e.kind === 'sign')).toBe(true);
    // A bad address and an amount above the balance are refused at review, plainly.
    expect(
      await w.call('reviewSend', { asset: 'litecoinRegtest', to: 'ltc1qxyz', amount: '1' }),
    ).toMatchObject({ ok: false });
    expect(await w.call('reviewSend', { asset: 'litecoinRegtest', to, amount: '100000' })).toMatchObject({
      ok: false,
    });
  }, 60_000);
});
