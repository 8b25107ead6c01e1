/**
 * A P2WPKH payment built by planPayment and signed through the ring's `sign` declassifier, checked
 * by an independent implementation — Litecoin Core (regtest) — with testmempoolaccept, then mined:
 * the node's wallet receives exactly 1 LTC and the change comes back to our change address.
 */
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { HDKey } from '@scure/bip32';
import { mnemonicToSeedSync } from '@scure/bip39';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRing, type Labeled, labeled, workerSink } from '../../ring';
import { type Litecoind, startLitecoind } from '../../testing/litecoind';
import { p2wpkhAddress, validateUtxoAddress } from './address';
import { bip84Path, UTXO_NETWORKS } from './networks';
import { attachSignatures, P2WPKH_DUST, planPayment, sighashesOf } from './transaction';

const net = UTXO_NETWORKS.litecoinRegtest;
const root = HDKey.fromMasterSeed(
  mnemonicToSeedSync('test test test test test test test test test test test junk'),
);
const keyAt = (change: 0 | 1, index: number) => root.derive(bip84Path(net, 0, change, index));
const receive = keyAt(0, 0);
const change = keyAt(1, 0);
const ours = p2wpkhAddress(receive.publicKey!, net);
const changeAddress = p2wpkhAddress(change.publicKey!, net);

let node: Litecoind;
beforeAll(async () => {
  node = await startLitecoind();
  await node.rpc('createwallet', ['w']);
  await node.rpc('generatetoaddress', [101, ours]);
}, 60_000);
afterAll(() => node?.stop());

type Scan = {
  height: number;
  unspents: { txid: string; vout: number; amount: number; scriptPubKey: string; height: number }[];
};
const sat = (ltc: number) => BigInt(Math.round(ltc * 1e8));

describe('P2WPKH payment on a real Litecoin node (litecoind -regtest)', () => {
  it('is accepted, pays exactly 1 LTC, and returns the change to our change address', async () => {
    const scan = await node.rpc<Scan>('scantxoutset', ['start', [`addr(${ours})`]]);
    // Coinbase outputs spend only after 100 confirmations: the wallet must offer mature coins only.
    const mature = scan.unspents.filter((u) => scan.height - u.height + 1 >= 100);
    const utxos = mature.map((u) => ({
      txid: u.txid,
      vout: u.vout,
      amount: sat(u.amount),
      script: hexToBytes(u.scriptPubKey),
    }));
    expect(utxos.length).toBeGreaterThan(0);
    const to = await node.rpc<string>('getnewaddress', ['', 'bech32'], 'w');
    const plan = planPayment({ network: net, utxos, to, amount: 100_000_000n, changeAddress, feeRate: 2n });
    expect(plan.tx.getInput(0).sequence).toBe(0xfffffffd); // RBF

    // Signed by the ring: the key is secret; only the signature comes down (audited).
    const ring = createRing();
    const read = <T>(l: Labeled<T>): T => {
      let out: T | undefined;
      ring.emit(
        workerSink('test', (v) => {
          out = v as T;
        }),
        l,
      );
      return out as T;
    };
    const signatures = sighashesOf(plan).map((digest) => {
      const sig = ring.declassify.sign(
        labeled('secret', receive.privateKey!),
        labeled('public', digest),
        'test spend',
      );
      return { publicKey: receive.publicKey!, rs: read(sig).bytes };
    });
    const { hex, txid } = attachSignatures(plan, signatures);

    const [verdict] = await node.rpc<{ allowed: boolean; 'reject-reason'?: string }[]>('testmempoolaccept', [
      [hex],
    ]);
    expect(verdict, JSON.stringify(verdict)).toMatchObject({ allowed: true });
    expect(await node.rpc('sendrawtransaction', [hex])).toBe(txid);
    await node.rpc('generatetoaddress', [1, ours]);
    expect(await node.rpc('getreceivedbyaddress', [to, 1], 'w')).toBe(1);
    type Out = { value: number; scriptPubKey: { address?: string; addresses?: string[] } };
    const tx = await node.rpc<{ vout: Out[] }>('decoderawtransaction', [hex]);
    // Litecoin Core 0.21 lists `addresses`; newer Cores say `address`.
    const back = tx.vout.find(
      (o) => (o.scriptPubKey.address ?? o.scriptPubKey.addresses?.[0]) === changeAddress,
    );
    expect(back, 'a change output to our change address').toBeDefined();
    expect(sat(back!.value)).toBe(plan.change);
    const paidIn = plan.spent.reduce((s, u) => s + u.amount, 0n);
    expect(paidIn - 100_000_000n - plan.change!).toBe(plan.fee);
    expect(ring.audit.entries().filter((e) => e.kind === 'sign')).toHaveLength(signatures.length);
  }, 60_000);

  it('refuses dust, a bad address, too little money and a fee above 10% of the amount', () => {
    const utxo = { txid: '11'.repeat(32), vout: 0, amount: 10_000n, script: validateUtxoAddress(ours, net) };
    const base = { network: net, utxos: [utxo], changeAddress, feeRate: 2n };
    expect(() => planPayment({ ...base, to: ours, amount: P2WPKH_DUST - 1n })).toThrow(/amount: at least/);
    expect(() => planPayment({ ...base, to: 'ltc1qnotanaddress', amount: 5_000n })).toThrow(/address/);
    expect(() => planPayment({ ...base, to: ours, amount: 20_000n })).toThrow(/not enough funds/);
    expect(() => planPayment({ ...base, to: ours, amount: 1_000n, feeRate: 50n })).toThrow(
      /fee: .* more than 10%/,
    );
    expect(bytesToHex(utxo.script)).toMatch(/^0014/);
  });
});
