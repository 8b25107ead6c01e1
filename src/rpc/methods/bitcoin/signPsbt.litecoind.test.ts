/**
 * A site's PSBT round trip checked by an independent implementation, Litecoin Core (regtest): a PSBT
 * spending one coin of ours and one of the node's wallet goes through signPsbt (real router, ring and
 * approval queue); we sign ours and leave the node's input untouched; the node then signs its own
 * input (walletprocesspsbt), finalises the PSBT and accepts the transaction into its mempool.
 */
import 'fake-indexeddb/auto';
import { hexToBytes } from '@noble/hashes/utils.js';
import { Transaction } from '@scure/btc-signer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UTXO_NETWORKS } from '../../../chains/utxo/networks';
import { type Litecoind, startLitecoind } from '../../../testing/litecoind';
import { harness, TEST_MNEMONIC, TEST_PASSWORD } from '../../../wallet/testHarness';

const SITE = 'https://exchange.example';
const net = UTXO_NETWORKS.litecoinRegtest;
const sat = (ltc: number) => BigInt(Math.round(ltc * 1e8));

type Unspent = { txid: string; vout: number; amount: number; scriptPubKey: string };

let node: Litecoind;
beforeAll(async () => {
  node = await startLitecoind();
  await node.rpc('createwallet', ['w']);
}, 60_000);
afterAll(() => node?.stop());

describe('signPsbt against litecoind -regtest', () => {
  it('signs our input only; the node signs its own, finalises, and accepts the transaction', async () => {
    const w = await harness();
    await w.ok('importWallet', { phrase: TEST_MNEMONIC, password: TEST_PASSWORD });
    const connecting = w.route(SITE, { method: 'getAddresses', params: { network: 'litecoinRegtest' } });
    await w.answer('approve');
    const { result } = (await connecting) as { result: { addresses: { address: string }[] } };
    const ours = result.addresses[0]!.address;

    // One block to us, then 101 to the node: both first coinbases are mature.
    const theirs = await node.rpc<string>('getnewaddress', ['', 'bech32'], 'w');
    await node.rpc('generatetoaddress', [1, ours]);
    await node.rpc('generatetoaddress', [101, theirs]);
    const scan = await node.rpc<{ unspents: Unspent[] }>('scantxoutset', ['start', [`addr(${ours})`]]);
    const mine = scan.unspents[0]!;
    const [node0] = await node.rpc<Unspent[]>('listunspent', [100, 9999999, [theirs]], 'w');

    const tx = new Transaction();
    for (const u of [mine, node0!])
      tx.addInput({
        txid: u.txid,
        index: u.vout,
        witnessUtxo: { script: hexToBytes(u.scriptPubKey), amount: sat(u.amount) },
      });
    const to = await node.rpc<string>('getnewaddress', ['', 'bech32'], 'w');
    tx.addOutputAddress(to, sat(mine.amount) + sat(node0!.amount) - 10_000n, net);

    const signing = w.route(SITE, {
      method: 'signPsbt',
      params: { hex: Buffer.from(tx.toPSBT()).toString('hex'), signAtIndex: [0], network: 'litecoinRegtest' },
    });
    const { card } = await w.answer('approve');
    expect(card.summary[0]).toBe('Sign 1 of 2 inputs of a Litecoin regtest transaction');
    const signed = (await signing) as { result: { psbt: string } };
    const back = Transaction.fromPSBT(Buffer.from(signed.result.psbt, 'base64'));
    expect(back.getInput(0).partialSig).toHaveLength(1);
    expect(back.getInput(1)).toEqual(tx.getInput(1)); // the node's input as it came

    const processed = await node.rpc<{ psbt: string; complete: boolean }>(
      'walletprocesspsbt',
      [signed.result.psbt],
      'w',
    );
    const final = await node.rpc<{ hex: string; complete: boolean }>('finalizepsbt', [processed.psbt]);
    expect(final.complete).toBe(true);
    const [verdict] = await node.rpc<{ allowed: boolean; 'reject-reason'?: string }[]>('testmempoolaccept', [
      [final.hex],
    ]);
    expect(verdict, JSON.stringify(verdict)).toMatchObject({ allowed: true });
  }, 90_000);
});
