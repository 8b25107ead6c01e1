/**
 * Both UtxoBackends against one real Litecoin node (litecoind -regtest): the node's own JSON-RPC,
 * and Esplora through the test adapter over that node. The same behaviour is asked of each:
 * coinbase outputs with exact confirmations, address use, a fee rate, and a broadcast the node
 * accepts — or refuses with its reason. Consensus sets the line: a coinbase spends at 100
 * confirmations (tip − height + 1), so a coin at 100 is accepted and one at 99 is refused.
 */
import { HDKey } from '@scure/bip32';
import { mnemonicToSeedSync } from '@scure/bip39';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EsploraAdapter, startEsploraAdapter } from '../../testing/esploraAdapter';
import { type Litecoind, startLitecoind } from '../../testing/litecoind';
import {
  type BackendUtxo,
  bip84Path,
  createBackend,
  createNodeBackend,
  p2wpkhAddress,
  planPayment,
  UTXO_NETWORKS,
  type UtxoBackend,
  validateUtxoAddress,
} from '.';

const net = UTXO_NETWORKS.litecoinRegtest;
const root = HDKey.fromMasterSeed(
  mnemonicToSeedSync('test test test test test test test test test test test junk'),
);
const keyAt = (index: number) => root.derive(bip84Path(net, 0, 0, index));
const addressAt = (index: number) => p2wpkhAddress(keyAt(index).publicKey!, net);

let node: Litecoind;
let esplora: EsploraAdapter;
beforeAll(async () => {
  node = await startLitecoind();
  esplora = await startEsploraAdapter(node);
}, 30_000);
afterAll(async () => {
  await esplora?.close();
  await node?.stop();
});

const backends: [string, () => UtxoBackend][] = [
  [
    'node RPC',
    () =>
      createBackend({ kind: 'node', url: node.url, user: node.user, password: node.password, network: net }),
  ],
  [
    'Esplora (test adapter over the node)',
    () => createBackend({ kind: 'esplora', url: esplora.url, network: net }),
  ],
];

describe.each(backends.map(([name, make], i) => ({ name, make, i })))('$name', ({ make, i }) => {
  // Each backend gets its own address and its own 101 blocks, so the suites don't share coins.
  const key = keyAt(i);
  const ours = addressAt(i);
  const fresh = addressAt(100 + i);
  let backend: UtxoBackend;
  let coins: BackendUtxo[];
  beforeAll(async () => {
    backend = make();
    await node.rpc('generatetoaddress', [101, ours]);
  }, 30_000);

  function spend(coin: BackendUtxo, feeRate: bigint) {
    const plan = planPayment({
      network: net,
      utxos: [coin],
      to: fresh,
      amount: 100_000_000n,
      changeAddress: ours,
      feeRate,
    });
    plan.tx.signIdx(key.privateKey!, 0);
    plan.tx.finalizeIdx(0);
    return { hex: plan.tx.hex, txid: plan.tx.id };
  }

  it('lists the 101 coinbase outputs with exact confirmations, amounts and scripts', async () => {
    coins = await backend.utxos([ours]);
    expect(coins).toHaveLength(101);
    expect(coins.map((c) => c.confirmations).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 101 }, (_, k) => k + 1),
    );
    // All are coinbase; the backends check only those young enough to be immature.
    expect(coins.filter((c) => c.confirmations < 100).every((c) => c.coinbase)).toBe(true);
    expect(coins.filter((c) => c.confirmations >= 100)).toHaveLength(2);
    const script = validateUtxoAddress(ours, net);
    for (const c of coins) {
      expect(c.address).toBe(ours);
      expect(c.script).toEqual(script);
      // The subsidy (50 LTC, halved every 150 blocks on regtest) plus the fees of the block, to the satoshi.
      expect(c.amount >= 2_500_000_000n && c.amount <= 5_001_000_000n, String(c.amount)).toBe(true);
    }
  });

  it('knows which addresses are used', async () => {
    expect(await backend.used([ours, fresh])).toEqual([true, false]);
  });

  it('gives a fee rate of at least 1 sat/vB', async () => {
    expect(await backend.feeRate()).toBeGreaterThanOrEqual(1n);
    expect(await backend.feeRate(1)).toBeGreaterThanOrEqual(1n);
  });

  it("refuses a coinbase at 99 confirmations with the node's reason", async () => {
    const young = coins.find((c) => c.confirmations === 99)!;
    await expect(backend.broadcast(spend(young, await backend.feeRate()).hex)).rejects.toThrow(
      /premature-spend-of-coinbase/,
    );
  });

  it('broadcasts a spend of a coinbase at 100 confirmations and returns its txid', async () => {
    const mature = coins.find((c) => c.confirmations === 100)!;
    const { hex, txid } = spend(mature, await backend.feeRate());
    expect(await backend.broadcast(hex)).toBe(txid);
    expect(await node.rpc<string[]>('getrawmempool')).toContain(txid);
    // Activity follows it: pending in the mempool, confirmed once a block holds it.
    expect(await backend.txStatus(txid)).toBe('pending');
    await node.rpc('generatetoaddress', [1, fresh]);
    expect(await backend.txStatus(txid)).toBe('confirmed');
    await expect(backend.txStatus('not a txid')).rejects.toThrow(/txid: expected 64/);
  });

  it('rejects garbage with a clear error', async () => {
    await expect(backend.broadcast('00')).rejects.toThrow(/TX decode failed/);
    await expect(backend.broadcast('not hex')).rejects.toThrow(/hex: expected a raw transaction/);
    await expect(backend.utxos(['ltc1qnotanaddress'])).rejects.toThrow(
      /address: not a valid Litecoin regtest address/,
    );
  });
});

describe('node RPC credentials', () => {
  it('a wrong password rejects with the HTTP status, and the error never holds a password', async () => {
    const password = `wrong-${node.password}`;
    const backend = createNodeBackend({ url: node.url, user: node.user, password, network: net });
    const error = await backend.feeRate().then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/HTTP 401.*check the RPC user and password/);
    expect(error?.message).not.toContain(node.password);
    expect(String(error?.stack)).not.toContain(node.password);
  });
});
