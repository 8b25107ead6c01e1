/**
 * Commitment to the split secret, so a combination can be checked before it is trusted:
 *
 *   commitment = SHA-256( "ringfence/recovery/commitment/v1" || version(1) || splitId(16)
 *                         || epoch(u32be) || threshold(1) || count(1) || len(entropy)(1) || entropy )
 *
 *   const c = commitEntropy(entropy, { splitId, epoch, threshold, count });
 *
 * Bound to the split and its policy, so two splits of one wallet never share a commitment (a
 * guardian holding shares of both learns nothing linking them) and a rewritten threshold fails.
 * It is deliberately not an address: guardians must not learn whose wallet they help recover.
 * The entropy is ≥ 128 uniformly random bits, so the hash does not need a slow KDF.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { ENVELOPE_VERSION } from './envelope.js';
import { cleanupBytes } from './errors.js';

const DOMAIN = utf8ToBytes('ringfence/recovery/commitment/v1');

/** The public facts about a split that its commitment is bound to. */
export interface SplitFacts {
  readonly splitId: Uint8Array;
  readonly epoch: number;
  readonly threshold: number;
  readonly count: number;
}

/** 32-byte commitment of `entropy` under `facts` (inputs are assumed checked by the caller). */
export function commitEntropy(entropy: Uint8Array, facts: SplitFacts): Uint8Array {
  const fixed = new Uint8Array(4 + 1 + 1 + 1);
  new DataView(fixed.buffer).setUint32(0, facts.epoch, false);
  fixed[4] = facts.threshold;
  fixed[5] = facts.count;
  fixed[6] = entropy.length;
  const input = concatBytes(DOMAIN, Uint8Array.of(ENVELOPE_VERSION), facts.splitId, fixed, entropy);
  try {
    return sha256(input);
  } finally {
    cleanupBytes(input);
  }
}

/** Constant-time comparison of two commitments (both public, but habits are cheap). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}
