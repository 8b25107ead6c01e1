/**
 * Recovery timings for `npm run bench` (issue 8), in Node, each beside its reference measured in
 * the same run (the bare shamir-secret-sharing call it wraps):
 *   - split + seal for 5 guardians: split 3-of-5, and per share envelope bytes, ECIES seal to the
 *     guardian's key (clear header as associated data) and its health-check public key;
 *   - combine + verify: parse 3 envelope texts, combine, check the commitment.
 * src/ is bundled with Vite into a temp dir and imported (like bench/signing.mjs), with the curve
 * set up as in the ring.
 */
import { resolve } from 'node:path';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { combine, split } from 'shamir-secret-sharing';
import { loadBundle } from './bundle.mjs';

const root = resolve(import.meta.dirname, '..');
const src = (p) => JSON.stringify(resolve(root, 'src', p));
// The curve as the ring configures it for everyone in its bundle (src/ring/secp256k1.ts: the base
// point's 8-bit window), which the worker loads with declassify.ts before any split is made.
const ENTRY = `
import ${src('ring/secp256k1.ts')};
export { splitEntropy, combineEnvelopes, encodeEnvelope, encodeEnvelopeText, parseEnvelope } from ${src('recovery/index.ts')};
export { buildClearHeader } from ${src('recovery/codes.ts')};
export { healthKeyOf } from ${src('recovery/keys.ts')};
export { sealBytes } from ${src('ring/guardianSeal.ts')};
`;

const loadRecovery = () => loadBundle(ENTRY, 'recovery');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timeEach(runs, fn) {
  for (let i = 0; i < 20; i++) await fn(); // warm-up
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return median(out);
}

const ms = (x) => Math.round(x * 1000) / 1000;

export async function measureRecovery({ runs = 200 } = {}) {
  const r = await loadRecovery();
  const entropy = crypto.getRandomValues(new Uint8Array(32));
  const guardians = Array.from({ length: 5 }, () =>
    secp256k1.getPublicKey(secp256k1.utils.randomSecretKey(), true),
  );

  const splitAndSeal = async () => {
    const splitId = crypto.getRandomValues(new Uint8Array(16));
    const envs = await r.splitEntropy(entropy, { threshold: 3, shares: 5, epoch: 0, splitId });
    for (const [i, env] of envs.entries()) {
      const header = r.buildClearHeader({ splitId, epoch: 0, threshold: 3, count: 5, index: i + 1 });
      r.sealBytes(r.encodeEnvelope(env), guardians[i], header);
      secp256k1.getPublicKey(r.healthKeyOf(env), true);
    }
  };
  const splitRef = () => split(entropy, 5, 3);
  // The ECIES seal's floor: one ECDH per guardian (a variable-base multiplication, no table to reuse).
  const ephemeral = secp256k1.utils.randomSecretKey();
  const ecdhRef = () => {
    for (const guardian of guardians) secp256k1.getSharedSecret(ephemeral, guardian, true);
  };
  const texts = (await r.splitEntropy(entropy, { threshold: 3, shares: 5 })).map((e) =>
    r.encodeEnvelopeText(e),
  );
  const combineAndVerify = () => r.combineEnvelopes(texts.slice(0, 3).map(r.parseEnvelope));
  const shares = await split(entropy, 5, 3);
  const combineRef = () => combine(shares.slice(0, 3));

  const ours1 = await timeEach(runs, splitAndSeal);
  const ref1 = await timeEach(runs, splitRef);
  const ecdh = await timeEach(runs, ecdhRef);
  const ours2 = await timeEach(runs, combineAndVerify);
  const ref2 = await timeEach(runs, combineRef);
  const goal = (x, limit) => `goal ≤ ${limit} ms (${x <= limit ? 'met' : 'NOT MET'})`;
  return [
    {
      name: 'recovery split + seal, 5 guardians',
      value: ms(ours1),
      unit: 'ms',
      note: `${goal(ours1, 20)}; 3-of-5 of 32-byte entropy, 5 × (envelope, ECIES seal, health key); median of ${runs}; reference shamir-secret-sharing split alone ${ms(ref1)} ms, and the 5 ECDH alone (noble getSharedSecret) ${ms(ecdh)} ms`,
    },
    {
      name: 'recovery combine + verify',
      value: ms(ours2),
      unit: 'ms',
      note: `${goal(ours2, 5)}; 3 envelope texts parsed, combined, commitment checked; median of ${runs}; reference shamir-secret-sharing combine alone ${ms(ref2)} ms`,
    },
  ];
}
