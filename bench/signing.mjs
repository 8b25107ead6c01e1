#!/usr/bin/env node
/**
 * Signing work inside the ring against the bare libraries, measured in the same run as ratios
 * (ring time / baseline time; below 1 the ring is faster):
 *   (a) eth_signTypedData_v4 without the human: JSON text → validateTypedData → hashTypedData →
 *       typedDataCard (src/markup) → ring.declassify.sign with a labeled key → r‖s‖v hex, against
 *       viem's account.signTypedData(mail) (account from privateKeyToAccount(key), made once);
 *   (b) personal_sign: personalMessageHash + ring sign, against @noble/curves
 *       secp256k1.sign(keccak256(prefix ‖ message), key, { prehash: false });
 *   (c) EIP-1559: signingHash + ring sign + serializeSigned, against noble signing the same hash.
 * The ring's TypeScript is bundled for Node with Vite (as bench/sizes.mjs bundles MetaMask's
 * provider) into a temp dir and imported; the baselines come straight from node_modules.
 *
 * Each pair runs in interleaved rounds (A then B, then B then A, …) so a busy shared machine slows
 * both alike; the ratio is the median of the per-round ratios.
 *
 *   node bench/signing.mjs          # just these rows: prints them and merges them into bench/results.json
 *   npm run bench                   # everything, these rows included
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { privateKeyToAccount } from 'viem/accounts';
import { loadBundle } from './bundle.mjs';

const root = resolve(import.meta.dirname, '..');
// The ring sets noble's base-point window to 8 bits (src/ring/secp256k1.ts); the noble baselines
// get the same, so their rows are the ring's own work. viem ships noble 1, whose default is 8 too.
secp256k1.Point.BASE.precompute(8);
const mail = JSON.parse(readFileSync(resolve(root, 'src/fixtures/eip712-mail-example.json'), 'utf8'));

/** What the ring side needs from src/, re-exported by one entry. */
const ENTRY = `
export { createRing, labeled, mapLabeled, networkSink, pageSink } from ${JSON.stringify(resolve(root, 'src/ring/index.ts'))};
export {
  hashTypedData,
  personalMessageHash,
  serializeSigned,
  signingHash,
  validateTypedData,
} from ${JSON.stringify(resolve(root, 'src/chains/evm/index.ts'))};
export { typedDataCard } from ${JSON.stringify(resolve(root, 'src/markup/index.ts'))};
export { toRsvHex } from ${JSON.stringify(resolve(root, 'src/rpc/methods/signature.ts'))};
`;

const loadRing = () => loadBundle(ENTRY, 'ring');

/** The q-quantile (0…1) of `xs`, interpolated. */
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (at - lo);
};
const median = (xs) => quantile(xs, 0.5);

/** ms per call of `fn` over `n` calls (awaited when it returns a promise). */
async function timeOf(fn, n) {
  const started = performance.now();
  for (let i = 0; i < n; i++) await fn();
  return (performance.now() - started) / n;
}

/**
 * Interleaved rounds of `ring` and `base`; returns the median per-round ratio and median ms of each.
 * Every round runs both `n` times; the order alternates so neither always runs on a warmer cache.
 */
export async function compare(ring, base, { rounds = 25, n = 40, warmup = 100 } = {}) {
  await timeOf(ring, warmup);
  await timeOf(base, warmup);
  const ratios = [];
  const ringMs = [];
  const baseMs = [];
  for (let r = 0; r < rounds; r++) {
    let a;
    let b;
    if (r % 2 === 0) {
      a = await timeOf(ring, n);
      b = await timeOf(base, n);
    } else {
      b = await timeOf(base, n);
      a = await timeOf(ring, n);
    }
    ratios.push(a / b);
    ringMs.push(a);
    baseMs.push(b);
  }
  return {
    ratio: median(ratios),
    spread: [quantile(ratios, 0.25), quantile(ratios, 0.75)],
    ringMs: median(ringMs),
    baseMs: median(baseMs),
    rounds,
    n,
  };
}

function ratioRow(name, goal, m, what) {
  const ratio = Math.round(m.ratio * 100) / 100;
  const met = m.ratio <= goal ? 'met' : 'NOT MET';
  const ms = (x) => `${x.toFixed(3)} ms`;
  return {
    name,
    value: ratio,
    unit: '×',
    note: `goal ≤ ${goal.toFixed(1)}× (${met}); ring ${ms(m.ringMs)} vs ${what} ${ms(m.baseMs)} per call; median of ${m.rounds} interleaved rounds × ${m.n} (p25–p75 ${m.spread.map((x) => x.toFixed(2)).join('–')}×)`,
  };
}

const hex = (bytes) => Buffer.from(bytes).toString('hex');
const fail = (what) => {
  throw new Error(`bench signing: ${what}`);
};

export async function measureSigning(options = {}) {
  const ring = await loadRing();
  const r = ring.createRing();
  // keccak256("cow"): the EIP-712 example's key (its expected signature checks both sides below).
  const keyBytes = keccak_256(new TextEncoder().encode('cow'));
  const keyHex = `0x${hex(keyBytes)}`;
  const labeledKey = () => ring.labeled('secret', keyBytes.slice());
  const origin = 'https://app.example';
  const rows = [];

  // (a) eth_signTypedData_v4: the dapp sends [address, JSON text]; facts as the ring would have them.
  const text = JSON.stringify(mail.typedData);
  const facts = {
    chainId: 1,
    nativeSymbol: 'ETH',
    nativeDecimals: 18,
    token: async () => undefined,
    isContract: async () => false,
    knownRecipients: [],
    ownAccounts: [mail.signerAddress],
    nameOf: () => undefined,
  };
  const ringTyped = async () => {
    const data = ring.validateTypedData(JSON.parse(text), 'params[1]');
    const digest = ring.hashTypedData(data, 'v4');
    const base = {
      origin,
      chain: { id: 1, name: 'Ethereum' },
      account: mail.signerAddress,
      raw: { method: 'eth_signTypedData_v4', params: [mail.signerAddress, data] },
    };
    const card = await ring.typedDataCard(data, base, facts);
    if (card.kind === undefined) fail('typedDataCard gave no card');
    const sig = r.declassify.sign(
      labeledKey(),
      ring.labeled('public', digest),
      `eth_signTypedData_v4 for ${origin}`,
    );
    // As the router hands the answer to the page (the page sink audits it).
    let out;
    r.emit(
      ring.pageSink(origin, (v) => (out = v)),
      ring.toRsvHex(sig),
    );
    return out;
  };
  const account = privateKeyToAccount(keyHex);
  const viemTyped = () => account.signTypedData(mail.typedData);
  const [ours, viems] = [await ringTyped(), await viemTyped()];
  if (ours !== mail.expected.signature || viems !== mail.expected.signature)
    fail(`typed-data signatures differ from the EIP's: ring ${ours}, viem ${viems}`);
  rows.push(
    ratioRow(
      'sign eth_signTypedData_v4 in ring / viem',
      1.0,
      await compare(ringTyped, viemTyped, options),
      'viem signTypedData',
    ),
  );

  // (b) personal_sign of a SIWE-sized text.
  const message = new TextEncoder().encode(
    'app.example wants you to sign in with your Ethereum account:\n0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826\n\nSign in to the app.\n\nURI: https://app.example\nVersion: 1\nChain ID: 1\nNonce: 32891756\nIssued At: 2026-12-01T16:25:24Z',
  );
  const prefixed = Uint8Array.from([
    ...new TextEncoder().encode(`\x19Ethereum Signed Message:\n${message.length}`),
    ...message,
  ]);
  const ringPersonal = () =>
    r.declassify.sign(
      labeledKey(),
      ring.labeled('public', ring.personalMessageHash(message)),
      `personal_sign for ${origin}`,
    );
  const noblePersonal = () => secp256k1.sign(keccak_256(prefixed), keyBytes, { prehash: false });
  let ringSig;
  r.emit(
    ring.pageSink(origin, (v) => (ringSig = v)),
    ringPersonal(),
  );
  if (hex(ringSig.bytes.subarray(0, 64)) !== hex(noblePersonal()))
    fail('personal_sign: the ring and noble signatures differ');
  rows.push(
    ratioRow(
      'sign personal_sign in ring / noble',
      1.1,
      await compare(ringPersonal, noblePersonal, options),
      'noble sign(keccak(prefix‖msg))',
    ),
  );

  // (c) An EIP-1559 transfer with calldata (an ERC-20 transfer), as the wallet builds it.
  const tx = {
    type: 'eip1559',
    chainId: 1,
    nonce: 7n,
    maxPriorityFeePerGas: 1_000_000_000n,
    maxFeePerGas: 30_000_000_000n,
    gas: 65_000n,
    to: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48',
    value: 0n,
    data: Uint8Array.from(
      Buffer.from(
        'a9059cbb00000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c80000000000000000000000000000000000000000000000000000000005f5e100',
        'hex',
      ),
    ),
  };
  const hash = ring.signingHash(tx);
  // As sendPrepared (src/rpc/methods/transactionFlow.ts) does it: the raw tx goes to the network sink.
  const ringTx = () => {
    const sig = r.declassify.sign(
      labeledKey(),
      ring.labeled('public', ring.signingHash(tx)),
      `eth_sendTransaction for ${origin}`,
    );
    let raw;
    r.emit(
      ring.networkSink((v) => (raw = v)),
      ring.mapLabeled(sig, (s) => ring.serializeSigned(tx, s)),
    );
    return raw;
  };
  const nobleTx = () => secp256k1.sign(hash, keyBytes, { prehash: false });
  const raw = ringTx();
  if (!raw.endsWith(hex(nobleTx()).slice(-64)))
    fail('EIP-1559: the raw transaction does not end in noble’s s');
  rows.push(
    ratioRow(
      'sign EIP-1559 tx in ring / noble',
      1.1,
      await compare(ringTx, nobleTx, options),
      'noble sign(signingHash)',
    ),
  );
  return rows;
}

/** Merges `rows` into bench/results.json (same-named rows replaced), creating it if missing. */
function mergeResults(rows) {
  const file = resolve(root, 'bench/results.json');
  const results = existsSync(file)
    ? JSON.parse(readFileSync(file, 'utf8'))
    : { date: new Date().toISOString(), node: process.version, chromium: 'not measured', rows: [] };
  const names = new Set(rows.map((row) => row.name));
  results.rows = [...results.rows.filter((row) => !names.has(row.name)), ...rows];
  results.signingDate = new Date().toISOString();
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // No top-level await: scripts/bench.mjs imports this module, so it must finish evaluating first.
  import('../scripts/bench.mjs')
    .then(async ({ formatTable }) => {
      const rows = await measureSigning();
      console.log(`\nRingfence signing bench — ${new Date().toISOString()}, node ${process.version}\n`);
      console.log(formatTable(rows));
      mergeResults(rows);
      console.log('\nbench: merged these rows into bench/results.json');
    })
    .catch((error) => {
      console.error('bench signing failed:', error);
      process.exitCode = 1;
    });
}
