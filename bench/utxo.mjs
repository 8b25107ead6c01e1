/**
 * Address and UTXO-signing timings for `npm run bench` (issue 9), in Node, each beside its reference
 * measured in the same run (interleaved rounds, `compare` from bench/signing.mjs):
 *   - 1,000 BIP-84 addresses (BTC, m/84'/0'/0'/0/i) as the wallet makes them (src/wallet/
 *     bip84Public.ts, run on a real ring): the parent node's extended public key lowered once,
 *     then a public BIP-32 step + p2wpkhAddress per address; against @scure/bip32 deriving
 *     m/84'/0'/0'/0 once, then deriveChild(i) (private) + btc-signer p2wpkh;
 *   - 1,000 EVM accounts (m/44'/60'/0'/0/i) as deriveHdAccount (src/wallet/accounts.ts) makes them:
 *     cleared.chainNode + declassify.extendedPublicKeyOf once, then per index a public BIP-32 step
 *     + publicKeyToAddress; against @scure/bip32 deriveChild(i) (private) + noble decompression +
 *     keccak + EIP-55;
 *   - a 10-input P2WPKH payment: planPayment + sighashesOf + ring sign per input + attachSignatures,
 *     against @scure/btc-signer alone (addInput × 10, outputs, tx.sign, finalize, hex).
 * Both sides of every pair are checked to give the same addresses / the same transaction first.
 * src/ is bundled with Vite into a temp dir and imported (like bench/signing.mjs).
 *
 *   node -e "import('./bench/utxo.mjs').then(m=>m.measureUtxo()).then(console.log)"
 */
import { resolve } from 'node:path';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { HDKey } from '@scure/bip32';
import { mnemonicToSeedSync } from '@scure/bip39';
import { NETWORK, OutScript, p2wpkh, Transaction } from '@scure/btc-signer';
import { loadBundle } from './bundle.mjs';
import { compare } from './signing.mjs';

const root = resolve(import.meta.dirname, '..');
const src = (p) => JSON.stringify(resolve(root, 'src', p));
const ENTRY = `
export { cleared, createRing, labeled, mapLabeled, workerSink } from ${src('ring/index.ts')};
export { p2wpkhAddress } from ${src('chains/utxo/address.ts')};
export { bip84Path, UTXO_NETWORKS } from ${src('chains/utxo/networks.ts')};
export { attachSignatures, planPayment, sighashesOf } from ${src('chains/utxo/transaction.ts')};
export { publicKeyToAddress } from ${src('chains/evm/address.ts')};
export { bip84PublicKeys } from ${src('wallet/bip84Public.ts')};
`;

const loadUtxo = () => loadBundle(ENTRY, 'utxo');

// BIP-84's own test mnemonic: m/84'/0'/0'/0/0 must come out as the BIP's first address.
const MNEMONIC =
  'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
const BIP84_FIRST = 'bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu';
const COUNT = 1000;

const fail = (what) => {
  throw new Error(`bench utxo: ${what}`);
};

/** EIP-55 over 20 address bytes (the reference side's own, from noble's keccak). */
function eip55(bytes) {
  const lower = bytesToHex(bytes);
  const hash = bytesToHex(keccak_256(new TextEncoder().encode(lower)));
  let out = '0x';
  for (let i = 0; i < 40; i++) out += Number.parseInt(hash[i], 16) >= 8 ? lower[i].toUpperCase() : lower[i];
  return out;
}

/** `why`: the honest reason when ours is clearly slower (ratio above 1.5), put in the note then. */
function ratioRow(name, m, ours, what, why) {
  const ratio = Math.round(m.ratio * 100) / 100;
  const ms = (x) => `${x.toFixed(2)} ms`;
  const spread = m.spread.map((x) => x.toFixed(2)).join('–');
  return {
    name,
    value: ratio,
    unit: '×',
    note: `ours / reference: ${ours} ${ms(m.ringMs)} vs ${what} ${ms(m.baseMs)}; median of ${m.rounds} interleaved rounds × ${m.n} after warm-up (p25–p75 ${spread}×)${m.ratio > 1.5 && why ? `; SLOWER than the reference: ${why}` : ''}`,
  };
}

export async function measureUtxo({ rounds = 9, warmup = 3 } = {}) {
  const u = await loadUtxo();
  const ring = u.createRing();
  const read = (l) => {
    let out;
    ring.emit(
      u.workerSink('bench', (v) => (out = v)),
      l,
    );
    return out;
  };
  const seed = mnemonicToSeedSync(MNEMONIC);
  const btc = u.UTXO_NETWORKS.bitcoin;
  const rows = [];

  // 1. BIP-84 addresses, as src/wallet/utxoAccount.ts derives them (bip84PublicKeys). A new
  // session each round (what bip84PublicKeys reads of one: its seed), so each round lowers the
  // parent's extended public key once, as the reference derives its parent once.
  const paths = Array.from({ length: COUNT }, (_, i) => u.bip84Path(btc, 0, 0, i));
  const ctx = { ring };
  const oursBtc = () => {
    const session = { seed: u.labeled('secret', seed.slice()) };
    const pubs = u.bip84PublicKeys(ctx, session, paths, 'bench: Bitcoin account addresses');
    return pubs.map((p) => u.p2wpkhAddress(p, btc));
  };
  const refBtc = () => {
    const parent = HDKey.fromMasterSeed(seed).derive("m/84'/0'/0'/0");
    return Array.from({ length: COUNT }, (_, i) => p2wpkh(parent.deriveChild(i).publicKey).address);
  };
  const [a1, b1] = [oursBtc(), refBtc()];
  if (a1[0] !== BIP84_FIRST || a1.some((a, i) => a !== b1[i]))
    fail(`BIP-84 addresses differ (ours ${a1[0]}, reference ${b1[0]}, BIP ${BIP84_FIRST})`);
  rows.push(
    ratioRow(
      'derive + show 1,000 addresses (BTC, BIP-84)',
      await compare(oursBtc, refBtc, { rounds, n: 1, warmup }),
      'ring bip84PublicKeys (xpub lowered once, public steps) + p2wpkhAddress',
      "bip32 m/84'/0'/0'/0 once + deriveChild + p2wpkh",
      'a public BIP-32 step decodes the parent point and its result again (two square roots per address) where a private step does neither',
    ),
  );

  // 2. EVM accounts, as a session makes them: openSession lowers the chain node's extended public
  // key once (src/wallet/lifecycle.ts), deriveHdAccount takes one public step per account.
  const oursEvm = () => {
    const chain = u.mapLabeled(u.labeled('secret', seed.slice()), u.cleared.chainNode);
    const xpub = ring.declassify.extendedPublicKeyOf(chain, 'bench: derive accounts');
    u.mapLabeled(chain, u.cleared.wipeNode);
    const chainPublic = u.mapLabeled(xpub, (x) => new HDKey({ ...x }));
    const out = [];
    for (let i = 0; i < COUNT; i++) {
      const pub = u.mapLabeled(chainPublic, (c) => c.deriveChild(i).publicKey);
      out.push(u.publicKeyToAddress(read(pub)));
    }
    return out;
  };
  const refEvm = () => {
    const chain = HDKey.fromMasterSeed(seed).derive("m/44'/60'/0'/0");
    return Array.from({ length: COUNT }, (_, i) => {
      const xy = secp256k1.Point.fromBytes(chain.deriveChild(i).publicKey).toBytes(false);
      return eip55(keccak_256(xy.subarray(1)).subarray(12));
    });
  };
  const [a2, b2] = [oursEvm(), refEvm()];
  if (a2.some((a, i) => a !== b2[i])) fail(`EVM addresses differ (ours ${a2[0]}, reference ${b2[0]})`);
  rows.push(
    ratioRow(
      'derive + show 1,000 addresses (EVM)',
      await compare(oursEvm, refEvm, { rounds, n: 1, warmup }),
      'ring chainNode + extendedPublicKeyOf once, public deriveChild + publicKeyToAddress',
      'bip32 deriveChild + noble + keccak + EIP-55',
      'a public BIP-32 step decodes the parent point and its result again (two square roots per account) where a private step does neither, plus the labels and a sink read per account',
    ),
  );

  // 3. A 10-input payment: 10 × 0.01 BTC to our own m/84'/0'/0'/0/0, pay 0.095 BTC at 5 sat/vB.
  const node = HDKey.fromMasterSeed(seed).derive(u.bip84Path(btc, 0, 0, 0));
  const changeNode = HDKey.fromMasterSeed(seed).derive(u.bip84Path(btc, 0, 1, 0));
  const changeAddress = u.p2wpkhAddress(changeNode.publicKey, btc);
  const to = 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'; // BIP-173's P2WPKH example
  const script = OutScript.encode({ type: 'wpkh', hash: p2wpkh(node.publicKey).hash });
  const utxos = Array.from({ length: 10 }, (_, i) => ({
    txid: bytesToHex(keccak_256(Uint8Array.of(i))),
    vout: i % 3,
    amount: 1_000_000n,
    script,
  }));
  const amount = 9_500_000n;
  const oursTx = () => {
    const plan = u.planPayment({ network: btc, utxos, to, amount, changeAddress, feeRate: 5n });
    const signatures = u.sighashesOf(plan).map((digest) => {
      const sig = ring.declassify.sign(
        u.labeled('secret', node.privateKey.slice()),
        u.labeled('public', digest),
        'bench: Bitcoin payment',
      );
      return { publicKey: node.publicKey, rs: read(sig).bytes };
    });
    return { ...u.attachSignatures(plan, signatures), plan };
  };
  const first = oursTx();
  if (first.plan.spent.length !== 10) fail(`expected 10 inputs spent, got ${first.plan.spent.length}`);
  const fee = first.plan.fee;
  const refTx = () => {
    const tx = new Transaction();
    for (const x of first.plan.spent)
      tx.addInput({
        txid: x.txid,
        index: x.vout,
        witnessUtxo: { script: x.script, amount: x.amount },
        sequence: 0xfffffffd,
      });
    // BIP-69 order, as btc-signer's selectUTXO builds it (inputs: first.plan.spent is in that order).
    tx.addOutputAddress(changeAddress, 10_000_000n - amount - fee, NETWORK);
    tx.addOutputAddress(to, amount, NETWORK);
    tx.sign(node.privateKey);
    tx.finalize();
    return tx.hex;
  };
  const refHex = refTx();
  if (first.hex !== refHex) fail('the 10-input transactions differ (ours vs btc-signer alone)');
  rows.push(
    ratioRow(
      'build + sign a 10-input BTC transaction',
      await compare(oursTx, refTx, { rounds: 15, n: 5, warmup: 20 }),
      'planPayment + sighashesOf + ring sign × 10 + attachSignatures',
      'btc-signer addInput × 10 + sign + finalize',
    ),
  );
  rows[2].note += `; ${first.hex.length / 2} bytes, fee ${fee} sat, byte-identical to the reference's`;
  return rows;
}
